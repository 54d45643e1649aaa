import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { pageQueryOf } from '../../read-side/pagination';
import { IsInstant } from '../../platform/validation/is-instant.decorator';

export const MAX_AUDIT_PAGE = 500;

/** The largest position a number holds exactly; the log's bigint positions never reach it. */
export const MAX_LOG_POSITION = Number.MAX_SAFE_INTEGER;

/** The largest revision a stream can reach: the events table keeps revisions as 32-bit integers. */
export const MAX_STREAM_REVISION = 2_147_483_647;

/** `type=A&type=B` and `type=A,B` both mean "A or B". */
function toList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = Array.isArray(value) ? value : [value];
  return parts.flatMap((part) => (typeof part === 'string' ? part.split(',').filter((item) => item !== '') : [part]));
}

export class AuditEventsQuery extends pageQueryOf(MAX_AUDIT_PAGE, 100) {
  @ApiPropertyOptional({ type: 'integer', description: '含此位置 / inclusive', minimum: 1, maximum: MAX_LOG_POSITION })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LOG_POSITION)
  fromPosition?: number;

  @ApiPropertyOptional({ type: 'integer', description: '含此位置 / inclusive', minimum: 1, maximum: MAX_LOG_POSITION })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LOG_POSITION)
  toPosition?: number;

  @ApiPropertyOptional({ description: 'occurredAt ≥ from (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'occurredAt ≤ to (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ type: [String], description: '事件类型，可多个 / one or several event types' })
  @IsOptional()
  @Transform(({ value }) => toList(value))
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,99}$/, { each: true })
  type?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streamId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  communityId?: string;

  @ApiPropertyOptional({ description: 'metadata.actor.id' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;
}

export class AuditStreamQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_STREAM_REVISION, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_STREAM_REVISION)
  fromRevision?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_AUDIT_PAGE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;
}
