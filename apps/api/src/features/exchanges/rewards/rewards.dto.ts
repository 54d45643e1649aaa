import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsText } from '../../../platform/validation/is-text.decorator';
import { QUOTA_PERIODS, type QuotaPeriod } from '@shiji/domain';
import { SLUG } from '../../organisation/organisation.dto';

export class RegisterPartnerBody {
  @ApiProperty({ example: 'renai-clinic', description: '服务机构编号 / partner id (lowercase slug)' })
  @Matches(SLUG)
  partnerId: string;

  @ApiProperty({ example: '仁爱诊所' })
  @IsText(100)
  name: string;

  @ApiProperty({ example: 'clinic', description: '机构类型 / kind: clinic, housekeeping, library…' })
  @IsText(50)
  kind: string;
}

export class RewardQuotaBody {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  count: number;

  @ApiProperty({ enum: QUOTA_PERIODS })
  @IsIn(QUOTA_PERIODS)
  period: QuotaPeriod;
}

export class OfferRewardBody {
  @ApiProperty({ example: 'renai-priority', description: '奖励编号 / reward id (lowercase slug)' })
  @Matches(SLUG)
  rewardId: string;

  @ApiProperty()
  @Matches(SLUG)
  partnerId: string;

  @ApiProperty({ example: '优先就诊并九折 / priority and 10% off' })
  @IsText(100)
  name: string;

  @ApiProperty({ example: 'priority_discount' })
  @IsText(50)
  kind: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minStarLevel?: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  discountPercent: number;

  @ApiPropertyOptional({ type: RewardQuotaBody, description: '每人每期限领次数 / claims per volunteer per period' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RewardQuotaBody)
  quota?: RewardQuotaBody;
}

export class WithdrawRewardBody {
  @ApiProperty()
  @IsText(500)
  reason: string;
}

export class ClaimRewardBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;
}
