import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../read-side/pagination';
import { SIGN_IN_LOG_KINDS, type SignInLogKind } from './sign-in-log.store';
import { IsInstant } from '../platform/validation/is-instant.decorator';

export class SignInLogQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: SIGN_IN_LOG_KINDS })
  @IsOptional()
  @IsIn(SIGN_IN_LOG_KINDS)
  kind?: SignInLogKind;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class SignInLogEntryView {
  @ApiProperty()
  id: number;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: SIGN_IN_LOG_KINDS })
  kind: SignInLogKind;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '为空：所填的手机号或工号不属于任何账户 / null: the login named no account' })
  personId: string | null;

  @ApiProperty({ type: String, nullable: true })
  role: string | null;

  @ApiProperty({ type: String, nullable: true })
  subject: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sessionId: string | null;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: String, nullable: true })
  device: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: '原因、次数等，从不含密码、验证码或令牌 / reasons and counts, never a secret' })
  detail: Record<string, unknown>;
}

export class SignInLogPageView {
  @ApiProperty({ type: [SignInLogEntryView] })
  items: SignInLogEntryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
