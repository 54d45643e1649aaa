import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_OCCURRENCES } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';
import { PublishActivityBody } from './activities.dto';

/** An activity's details, its first occurrence's times and how it recurs. */
export class PlanSeriesBody extends PickType(PublishActivityBody, ['title', 'category', 'communityId', 'teamId', 'place', 'capacity', 'startsAt', 'endsAt'] as const) {
  @ApiProperty({ example: 'FREQ=MONTHLY;BYDAY=2SA', description: 'RFC 5545 RRULE，按上海时间；不含 DTSTART、COUNT、UNTIL；第一次的时间（startsAt 至 endsAt）须符合规则，每次时长相同 / the recurrence in Shanghai time, without DTSTART, COUNT or UNTIL; the first occurrence (startsAt to endsAt) must fall on it, and every occurrence lasts as long' })
  @IsText(200)
  rule: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_OCCURRENCES, default: 12, description: '提前建立的次数 / how many occurrences to create ahead' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_OCCURRENCES)
  count?: number;
}
