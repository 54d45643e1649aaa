import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SERVICE_CATEGORIES } from '@shiji/domain';
import type { ServiceRecordView } from '@shiji/projections';
import { oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { PageQuery } from '../../read-side/pagination';
import { SLUG } from '../organisation/organisation.dto';

export const RECORD_STATUSES = ['pending', 'verified', 'all'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export class RecordStatusQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RECORD_STATUSES, default: 'all', description: '待认证 / 已认证 / 全部 — pending, verified or all' })
  @IsOptional()
  @IsIn(RECORD_STATUSES)
  status?: RecordStatus;
}

export class CommunityRecordsQuery extends RecordStatusQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}

/** A service record with the names a person reads: the volunteer's and the activity's. */
export interface ServiceRecordLine extends ServiceRecordView {
  volunteerName: string | null;
  activityTitle: string | null;
}

const CORRECTION = { previousMinutes: 'integer', minutes: 'integer', reason: 'string', at: 'string' } as const;

const RECORD = {
  recordId: 'string',
  volunteerId: 'string',
  communityId: 'string',
  activityId: 'string?',
  category: oneOf(SERVICE_CATEGORIES),
  description: 'string?',
  startedAt: 'string',
  year: 'integer',
  minutes: 'integer',
  verified: 'boolean',
  verifiedAt: 'string?',
  redemptionId: 'string?',
  corrections: [CORRECTION],
  recordedAt: 'string',
} as const;

export const ServiceRecordSchema = responseSchema('ServiceRecord', RECORD);
export const ServiceRecordLineSchema = responseSchema('ServiceRecordLine', { ...RECORD, volunteerName: 'string?', activityTitle: 'string?' });

export const ServiceRecordPageSchema = pageSchema('ServiceRecordPage', ServiceRecordLineSchema);
