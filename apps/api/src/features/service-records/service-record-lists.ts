import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SERVICE_CATEGORIES } from '@shiji/domain';
import type { ServiceRecordView } from '@shiji/projections';
import { nullable, oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { PageQuery } from '../../read-side/pagination';
import { SLUG } from '../organisation/organisation.dto';

export const RECORD_STATUSES = ['pending', 'verified', 'rejected', 'all'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export class RecordStatusQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RECORD_STATUSES, default: 'all', description: '待认证 / 已认证 / 已驳回 / 全部 — pending, verified, rejected or all' })
  @IsOptional()
  @IsIn(RECORD_STATUSES)
  status?: RecordStatus;
}

/** A Shanghai calendar day, YYYY-MM-DD. */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ServiceRecordsQuery extends RecordStatusQuery {
  @ApiPropertyOptional({ example: 'beixiajie', description: '社区（工作人员必填其负责的社区之一）/ the community; staff name one of theirs' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({ description: '志愿者；志愿者本人只能看到自己的记录 / the volunteer; a volunteer sees only their own' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  activityId?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: '服务开始日期不早于此日（上海时间）/ service started on or after this Shanghai day' })
  @IsOptional()
  @Matches(DAY, { message: '须为日期 YYYY-MM-DD / must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: '服务开始日期不晚于此日（上海时间）/ service started on or before this Shanghai day' })
  @IsOptional()
  @Matches(DAY, { message: '须为日期 YYYY-MM-DD / must be a date, YYYY-MM-DD' })
  to?: string;
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
  status: oneOf(['pending', 'verified', 'rejected']),
  verified: 'boolean',
  verifiedAt: 'string?',
  rejection: nullable({ reason: 'string', at: 'string' }),
  selfReported: 'boolean',
  redemptionId: 'string?',
  corrections: [CORRECTION],
  recordedAt: 'string',
} as const;

export const ServiceRecordSchema = responseSchema('ServiceRecord', RECORD);
export const ServiceRecordLineSchema = responseSchema('ServiceRecordLine', { ...RECORD, volunteerName: 'string?', activityTitle: 'string?' });

export const ServiceRecordPageSchema = pageSchema('ServiceRecordPage', ServiceRecordLineSchema);
