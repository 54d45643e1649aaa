import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from './password-strength';

export class PasswordChangeBody {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  oldPassword: string;

  @ApiProperty({ format: 'password', description: '至少 8 个字符，且不易猜 / at least 8 characters, hard to guess' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword: string;
}

export class PasswordChangedView {
  @ApiProperty({ format: 'date-time' })
  passwordChangedAt: string;

  @ApiProperty({ description: '结束的其他会话数 / how many other sessions were ended' })
  endedSessions: number;
}
