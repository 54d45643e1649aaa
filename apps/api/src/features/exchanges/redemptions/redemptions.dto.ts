import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsText } from '../../../platform/validation/is-text.decorator';
import { MAX_MINUTES_PER_RECORD } from '@shiji/domain';
import { IsInstant } from '../../../platform/validation/is-instant.decorator';

export class RedemptionProviderBody {
  @ApiProperty({ description: '提供服务的志愿者 / the volunteer who gave the service' })
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiProperty({ example: '2026-11-01T01:00:00Z' })
  @IsInstant()
  startedAt: string;
}

export class RedeemCreditsBody {
  @ApiProperty({ description: '持卡志愿者 / the card holder whose credits are spent' })
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;

  @ApiProperty({ example: '上门助浴 / bathing help at home' })
  @IsText(1000)
  description: string;

  @ApiPropertyOptional({ description: '对应的服务需求 / the service request served' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  requestId?: string;

  @ApiPropertyOptional({ type: RedemptionProviderBody, description: '服务提供者，其服务时长记入其账户 / the provider, who earns the hours' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RedemptionProviderBody)
  provider?: RedemptionProviderBody;
}

export class ReverseRedemptionBody {
  @ApiProperty()
  @IsText(500)
  reason: string;
}
