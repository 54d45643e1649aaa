import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsText } from '../../../platform/validation/is-text.decorator';
import { MAX_MINUTES_PER_RECORD, SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { SLUG } from '../../organisation/organisation.dto';
import { sortedPageQueryOf } from '../../../read-side/sorted-page';
import { IsInstant } from '../../../platform/validation/is-instant.decorator';

export class RequestServiceBody {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ enum: SERVICE_CATEGORIES })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty({ example: '周三上午陪同就医 / escort to the clinic on Wednesday morning' })
  @IsText(1000)
  description: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  wantedMinutes: number;

  @ApiPropertyOptional({ description: '受助志愿者（持卡人优先）；居民不填 / the volunteer helped (card holders first); omit for a resident' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  forVolunteerId?: string;
}

export const SERVICE_REQUEST_STATUSES = ['pending', 'open', 'assigned', 'completed', 'cancelled', 'all'] as const;

export class ServiceRequestQuery extends sortedPageQueryOf(['priority', 'date'] as const, 'priority') {
  @ApiPropertyOptional({ example: 'beixiajie', description: '工作人员必填 / required for staff' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({
    enum: SERVICE_REQUEST_STATUSES,
    default: 'pending',
    description: 'pending：待办（open 与 assigned）；all：全部 / pending: still to do (open and assigned); all: every request',
  })
  @IsOptional()
  @IsIn(SERVICE_REQUEST_STATUSES)
  status?: (typeof SERVICE_REQUEST_STATUSES)[number];
}

export class AssignProviderBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  providerVolunteerId: string;
}

export class CompleteServiceRequestBody {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD, description: '实际服务分钟数 / whole minutes served' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;

  @ApiProperty({ example: '2026-11-01T01:00:00Z' })
  @IsInstant()
  startedAt: string;
}
