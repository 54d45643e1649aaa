import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { SLUG } from '../features/organisation/organisation.dto';
import { STAFF_ID } from '../features/staff/staff.dto';
import { MOBILE_PHONE } from '../read-side/phone';
import { PersonRefView } from './person-ref.dto';

export const INVITED_ROLES = ['staff', 'admin', 'auditor'] as const;

export type InvitedRole = (typeof INVITED_ROLES)[number];

export class InvitationBody {
  @ApiProperty({ enum: INVITED_ROLES })
  @IsIn(INVITED_ROLES)
  role: InvitedRole;

  @ApiProperty({ example: '李主任' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: '13800000002', description: '手机号，登录名 / the mobile number, their sign-in name' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;

  @ApiPropertyOptional({ example: 'li-zhuren', description: '工号，工作人员必填；已登记的工作人员也可受邀 / the staff id, required for staff; already registered staff may be invited too' })
  @ValidateIf((body: InvitationBody) => body.role === 'staff' || body.staffId !== undefined)
  @Matches(STAFF_ID, { message: 'staffId must be a staff id, and is given for staff only' })
  staffId?: string;

  @ApiPropertyOptional({ type: [String], example: ['beixiajie'], maxItems: 100, description: '工作人员负责的社区 / the staff member\'s communities' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(SLUG, { each: true })
  communityIds?: string[];

  @ApiPropertyOptional({ default: false, description: '同时通过短信发送邀请码 / also send the code by SMS' })
  @IsOptional()
  @IsBoolean()
  sms?: boolean;
}

export class InvitationView extends PersonRefView {
  @ApiProperty({ example: '7KQ2-M9XD-4RTB-WZ3H', description: '一次性邀请码，72 小时内有效 / one-time invitation code, valid 72 h' })
  code: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ example: 'https://shiji.example.org/activate#code=7KQ2-M9XD-4RTB-WZ3H' })
  activationUrl: string;

  @ApiProperty()
  position: number;
}
