import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_MINUTES_PER_RECORD } from '@shiji/domain';

/** The most rows one attendance request may carry. */
export const MAX_ATTENDANCE_ROWS = 500;

export class AttendanceRow {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_MINUTES_PER_RECORD, description: '实际服务分钟数，默认为活动时长 / minutes served; the activity’s length if left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes?: number;
}

export class RecordAttendanceBody {
  @ApiPropertyOptional({
    type: [AttendanceRow],
    maxItems: MAX_ATTENDANCE_ROWS,
    description: '每人一行；不填则为全部已报名志愿者，各记活动时长 / one row a volunteer; every signed-up volunteer for the activity’s length if left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDANCE_ROWS)
  @ArrayUnique((row: AttendanceRow) => row?.volunteerId, { message: '同一志愿者只能出现一次 / each volunteer may appear once' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceRow)
  rows?: AttendanceRow[];
}
