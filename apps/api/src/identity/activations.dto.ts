import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { MOBILE_PHONE } from '../read-side/phone';
import { MAX_PASSWORD_LENGTH } from './password-strength';
import { PersonRefView } from './person-ref.dto';

export class ActivationBody {
  @ApiProperty({ example: '13812345678' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;

  @ApiProperty({ example: '1234 5678', description: '激活码或邀请码；空格、连字符、大小写不计 / the activation or invitation code; spaces, dashes and case are ignored' })
  @IsString()
  @Length(1, 40)
  code: string;

  @ApiProperty({ format: 'password', description: '新密码，至少 8 个字符 / the new password, at least 8 characters' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

export class ActivatedView extends PersonRefView {
  @ApiProperty()
  position: number;
}
