import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../../platform/validation/is-text.decorator';

export class SuspendCardBody {
  @ApiProperty({ description: '暂停原因 / why the card is suspended' })
  @IsText(500)
  reason: string;
}
