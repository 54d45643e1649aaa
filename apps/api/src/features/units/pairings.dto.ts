import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MAX_MINUTES_PER_RECORD, SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { IsInstant } from '../../platform/validation/is-instant.decorator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { MOBILE_PHONE } from '../../read-side/phone';
import { SLUG } from '../organisation/organisation.dto';

export class PairingHelperBody {
  @ApiProperty({ enum: ['unit', 'volunteer'], description: '结对方：驻区单位或志愿者 / who helps: a unit or a volunteer' })
  @IsIn(['unit', 'volunteer'])
  kind: 'unit' | 'volunteer';

  @ApiProperty()
  @IsString()
  @Length(1, 64)
  id: string;
}

export class HouseholdBody {
  @ApiProperty({ description: '困难家庭户主姓名（加密保存） / the household\'s name (sealed)' })
  @IsText(50)
  name: string;

  @ApiProperty({ description: '联系电话（加密保存） / the household\'s phone (sealed)' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;
}

export class RegisterPairingBody {
  @ApiProperty({ example: 'hospital-wang' })
  @Matches(SLUG)
  pairingId: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ type: PairingHelperBody })
  @ValidateNested()
  @Type(() => PairingHelperBody)
  helper: PairingHelperBody;

  @ApiPropertyOptional({ type: HouseholdBody, description: '被帮扶的困难家庭；不填则为与社区结对（仅限单位） / the household helped; left out, the unit pairs with the community' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HouseholdBody)
  household?: HouseholdBody;

  @ApiProperty({ enum: SERVICE_CATEGORIES, description: '走访计入的服务类别 / the category visits are recorded under' })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty({ example: '每周一次', description: '帮扶频次 / how often' })
  @IsText(100)
  frequency: string;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day is written YYYY-MM-DD' })
  startsOn: string;
}

export class PairingVisitBody {
  @ApiProperty({ description: '走访的志愿者 / the volunteer who visited' })
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiProperty({ example: '2026-03-01T01:00:00Z' })
  @IsInstant()
  startedAt: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;
}

export class EndPairingBody {
  @ApiProperty({ example: '家庭已搬迁' })
  @IsText(500)
  reason: string;
}

export class PairingListQuery {
  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}
