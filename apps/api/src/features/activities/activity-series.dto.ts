import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_OCCURRENCES, SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

export class PlanSeriesBody {
  @ApiProperty({ example: '党员服务日' })
  @IsText(200)
  title: string;

  @ApiProperty({ enum: SERVICE_CATEGORIES })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG)
  teamId?: string;

  @ApiProperty({ example: '社区党群服务中心' })
  @IsText(200)
  place: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, description: '每次的人数上限 / capacity of each occurrence' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;

  @ApiProperty({ example: 'FREQ=MONTHLY;BYDAY=2SA', description: 'RFC 5545 RRULE，按上海时间；不含 DTSTART、COUNT、UNTIL / the recurrence in Shanghai time, without DTSTART, COUNT or UNTIL' })
  @IsText(200)
  rule: string;

  @ApiProperty({ example: '2026-01-10T09:00:00+08:00', description: '第一次的开始时间，须符合规则 / when the first occurrence starts; it must fall on the rule' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ example: '2026-01-10T11:30:00+08:00', description: '第一次的结束时间：每次时长相同 / when the first occurrence ends: every occurrence lasts as long' })
  @IsISO8601({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_OCCURRENCES, default: 12, description: '提前建立的次数 / how many occurrences to create ahead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_OCCURRENCES)
  count?: number;
}
