import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

export class FileCorrectionRequestBody {
  @ApiPropertyOptional({ description: '有异议的服务记录；不填则为漏记的服务 / the record objected to; omit when a record is missing' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  recordId?: string;

  @ApiProperty({ example: '3月1日助浴服务实为两小时，记录为一小时 / served two hours on 1 March, recorded one' })
  @IsText(500)
  reason: string;
}

export class AcceptCorrectionRequestBody {
  @ApiProperty({ description: '更正后的服务记录（先更正或补记，再受理） / the corrected or newly recorded service record (made first, then named here)' })
  @IsString()
  @Length(1, 64)
  correctionRecordId: string;
}

export class RejectCorrectionRequestBody {
  @ApiProperty({ example: '签到表显示服务一小时 / the sign-in sheet shows one hour' })
  @IsText(500)
  reason: string;
}

export class CorrectionRequestListQuery {
  @ApiProperty({ description: '社区 / community' })
  @Matches(SLUG, { message: 'communityId 须为社区编号 / communityId must be a community id' })
  communityId: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只列逾期未答复的异议（上海日计） / only requests open past the deadline (Asia/Shanghai days)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue 须为 true 或 false / overdue must be true or false' })
  overdue?: 'true' | 'false';
}

export class VolunteerCorrectionRequestQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只列逾期未答复的异议 / only requests open past the deadline' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue 须为 true 或 false / overdue must be true or false' })
  overdue?: 'true' | 'false';
}
