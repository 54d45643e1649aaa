import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';
import { MOBILE_PHONE } from '../../read-side/phone';
import { SLUG } from '../organisation/organisation.dto';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: 'month 须为 YYYY-MM 格式 / month must be YYYY-MM' };

export class LiaisonBody {
  @ApiProperty({ description: '联络员姓名（加密保存） / liaison officer\'s name (sealed)' })
  @IsText(50)
  name: string;

  @ApiProperty({ description: '联络员手机号（加密保存） / liaison officer\'s phone (sealed)' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;
}

export class RegisterUnitBody {
  @ApiProperty({ example: 'first-hospital', description: '单位编号 / unit id (lowercase slug)' })
  @Matches(SLUG)
  unitId: string;

  @ApiProperty({ description: '所在社区 / the community the unit is based in' })
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ example: '市第一人民医院' })
  @IsText(100)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ example: '市第一人民医院党委', description: '单位党组织 / the unit\'s Party organisation' })
  @IsOptional()
  @IsText(100)
  partyOrganisation?: string;

  @ApiPropertyOptional({ type: LiaisonBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => LiaisonBody)
  liaison?: LiaisonBody;
}

/** Only what is sent changes; null clears the Party organisation or the liaison officer. */
export class EditUnitBody {
  @ApiPropertyOptional()
  @IsOptional()
  @IsText(100)
  name?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_body, value) => value !== null && value !== undefined)
  @IsText(100)
  partyOrganisation?: string | null;

  @ApiPropertyOptional({ type: LiaisonBody, nullable: true })
  @ValidateIf((_body, value) => value !== null && value !== undefined)
  @ValidateNested()
  @Type(() => LiaisonBody)
  liaison?: LiaisonBody | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: '联络员本人的志愿者账号：可查看本单位的月度写实档案；null 为取消 / the volunteer whose account is the liaison officer\'s: they may read this unit\'s monthly records; null unlinks' })
  @ValidateIf((_body, value) => value !== null && value !== undefined)
  @IsText(100)
  liaisonVolunteerId?: string | null;
}

export class RetireUnitBody {
  @ApiProperty({ example: '迁出辖区' })
  @IsText(200)
  reason: string;
}

export class VolunteerUnitBody {
  @ApiProperty({ nullable: true, type: String, description: '驻区单位编号；null 为不属于任何单位 / the unit\'s id; null for none' })
  @ValidateIf((_body, value) => value !== null)
  @Matches(SLUG)
  unitId: string | null;
}

export class ReportInBody {
  @ApiProperty({ description: '党员工作所在的驻区单位 / the unit that employs the Party member' })
  @Matches(SLUG)
  unitId: string;
}

export class UnitListQuery {
  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}

export class ReportInCountsQuery {
  @ApiPropertyOptional({ description: '只数这个社区 / only this community' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;
}

export class CloseMonthBody {
  @ApiProperty({ example: '2026-03', description: '月份（上海时间） / the month (Asia/Shanghai)' })
  @Matches(MONTH, MONTH_MESSAGE)
  month: string;
}

export class MonthlyRecordsQuery {
  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, MONTH_MESSAGE)
  month: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}
