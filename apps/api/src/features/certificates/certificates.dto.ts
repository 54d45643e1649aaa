import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class CertificateQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026, description: '服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;
}
