import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { STAFF_ID } from '../features/staff/staff.dto';
import { MOBILE_PHONE } from '../read-side/phone';
import { MAX_PASSWORD_LENGTH } from './password-strength';
import { PersonRefView } from './person-ref.dto';

const TRANSPORTS = ['body', 'cookie'] as const;

export class SignInBody {
  @ApiPropertyOptional({ example: '13812345678', description: '手机号（与 staffId 二选一） / the phone number; or else staffId' })
  @ValidateIf((body: SignInBody) => body.phone !== undefined || body.staffId === undefined)
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19), or give staffId instead' })
  phone?: string;

  @ApiPropertyOptional({ example: 'li-zhuren', description: '工号，仅工作人员，代替手机号 / a staff member\'s staff id, instead of the phone' })
  @IsOptional()
  @Matches(STAFF_ID)
  staffId?: string;

  @ApiProperty({ example: 'correct horse battery staple', format: 'password' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;

  @ApiPropertyOptional({ enum: TRANSPORTS, default: 'body', description: 'body：刷新令牌在响应体中（API 客户端）；cookie：在 HttpOnly Cookie 中（网页控制台） / where the refresh token goes' })
  @IsOptional()
  @IsIn(TRANSPORTS)
  refreshTokenIn?: (typeof TRANSPORTS)[number];
}

export class RefreshBody {
  @ApiPropertyOptional({ description: 'API 客户端的刷新令牌；网页控制台不填，由 Cookie 携带 / an API client\'s refresh token; the console sends none and relies on its cookie' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  refreshToken?: string;
}

export class PersonSummaryView extends PersonRefView {
  @ApiProperty({ type: String, nullable: true })
  name: string | null;
}

export class SessionAnswer {
  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: '访问令牌（JWT，15 分钟） / the access token (JWT, 15 minutes)' })
  accessToken: string;

  @ApiProperty({ example: 900 })
  expiresIn: number;

  @ApiProperty({ format: 'date-time' })
  accessTokenExpiresAt: string;

  @ApiPropertyOptional({ description: '仅 refreshTokenIn=body / only with refreshTokenIn "body"' })
  refreshToken?: string;

  @ApiProperty({ format: 'date-time' })
  refreshTokenExpiresAt: string;

  @ApiPropertyOptional({ description: '仅 refreshTokenIn=cookie：刷新时放在 X-CSRF-Token 请求头 / only with "cookie": send it as X-CSRF-Token when refreshing' })
  csrfToken?: string;

  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ type: PersonSummaryView })
  person: PersonSummaryView;
}

export class MySessionView {
  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ description: '是否为发出本请求的会话 / whether this request came through it' })
  current: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'User-Agent' })
  device: string | null;

  @ApiProperty({ type: String, nullable: true, description: '网络地址 / client address' })
  address: string | null;

  @ApiProperty({ format: 'date-time' })
  signedInAt: string;

  @ApiProperty({ format: 'date-time', description: '最近一次登录或刷新 / the last sign-in or refresh' })
  lastSeenAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class MySessionsView {
  @ApiProperty({ type: [MySessionView] })
  items: MySessionView[];
}
