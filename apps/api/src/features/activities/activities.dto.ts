import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { PageQuery } from '../../read-side/pagination';
import { SLUG } from '../organisation/organisation.dto';
import { IsInstant } from '../../platform/validation/is-instant.decorator';

/** Far above any neighbourhood activity. */
const MAX_CAPACITY = 10_000;

export class PublishActivityBody {
  @ApiProperty({ example: '重阳节敬老院探访' })
  @IsText(200)
  title: string;

  @ApiProperty({ enum: SERVICE_CATEGORIES })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG)
  teamId?: string;

  @ApiProperty({ example: '2026-10-29T01:00:00Z' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-10-29T04:00:00Z' })
  @IsInstant()
  endsAt: string;

  @ApiProperty({ example: '社区养老服务中心' })
  @IsText(200)
  place: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CAPACITY, description: '人数上限，报满后进入候补 / how many may take part; later sign-ups wait in line' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;
}

export class RescheduleActivityBody {
  @ApiProperty({ example: '2026-10-30T01:00:00Z' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-10-30T03:30:00Z' })
  @IsInstant()
  endsAt: string;
}

export class SignUpBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;
}

export class CancelActivityBody {
  @ApiProperty()
  @IsText(500)
  reason: string;
}

export class ActivityListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({ description: '系列活动 / the occurrences of this series' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  seriesId?: string;

  @ApiPropertyOptional({ description: 'starts at or after / 开始时间不早于' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'starts before / 开始时间早于' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
