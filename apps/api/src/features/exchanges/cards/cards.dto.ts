import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class SuspendCardBody {
  @ApiProperty({ description: '暂停原因 / why the card is suspended' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
