import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { pageQueryOf } from '../../read-side/pagination';
import { MAX_AUDIT_PAGE } from './audit-events.query';

export class AccessLogQuery extends pageQueryOf(MAX_AUDIT_PAGE, 100) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actorId?: string;
}
