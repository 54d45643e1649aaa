import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { MAX_MINUTES_PER_RECORD, SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { IsInstant } from '../../platform/validation/is-instant.decorator';

export class RecordServiceBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiPropertyOptional({ description: '服务活动；不填则为临时服务 / the activity; omit for ad-hoc help' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  activityId?: string;

  @ApiPropertyOptional({ enum: SERVICE_CATEGORIES, description: 'required for ad-hoc help / 临时服务必填' })
  @ValidateIf((body: RecordServiceBody) => body.activityId === undefined || body.category !== undefined)
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(1000)
  description?: string;

  @ApiProperty({ example: '2026-11-01T01:00:00Z' })
  @IsInstant()
  startedAt: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD, description: '实际服务分钟数 / whole minutes served' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;

  @ApiPropertyOptional({ default: false, description: '记录并认证 / record and verify in one step' })
  @IsOptional()
  @IsBoolean()
  verify?: boolean;
}

export class CorrectServiceBody {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_MINUTES_PER_RECORD, description: '更正后的分钟数，0为撤销 / corrected minutes, 0 reverses the record' })
  @IsInt()
  @Min(0)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;

  @ApiProperty()
  @IsText(500)
  reason: string;
}

export class RejectServiceBody {
  @ApiProperty({ description: '驳回原因，志愿者可见 / why, shown to the volunteer' })
  @IsText(500)
  reason: string;
}
