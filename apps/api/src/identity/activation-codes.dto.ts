import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class ActivationCodeBody {
  @ApiPropertyOptional({ default: false, description: '同时通过短信发送到志愿者登记的手机 / also send the code by SMS to the volunteer\'s registered phone' })
  @IsOptional()
  @IsBoolean()
  sms?: boolean;
}

/** What a printed slip shows; the QR code encodes activationUrl. */
export class ActivationSlipView {
  @ApiProperty({ example: '王秀英' })
  name: string;

  @ApiProperty({ example: '138****5678', description: '登录用的手机号（遮蔽） / the sign-in phone, masked' })
  phone: string;

  @ApiProperty({ example: '1234 5678' })
  code: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: '二维码内容 / what the QR code holds' })
  activationUrl: string;

  @ApiProperty({ type: [String], description: '打印在纸条上的说明 / instructions printed on the slip' })
  lines: string[];
}

export class ActivationCodeView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty()
  volunteerId: string;

  @ApiProperty({ enum: ['activation', 'password-reset'] })
  purpose: 'activation' | 'password-reset';

  @ApiProperty({ example: '12345678', description: '8 位一次性激活码，14 天内有效 / one-time code, 8 digits, valid 14 days' })
  code: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ example: 'https://shiji.example.org/activate#code=12345678' })
  activationUrl: string;

  @ApiProperty({ type: ActivationSlipView })
  slip: ActivationSlipView;

  @ApiProperty()
  position: number;
}
