import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { PageQuery } from '../../read-side/pagination';
import { MOBILE_PHONE } from '../../read-side/phone';

/** Ids clients choose for communities and teams: short slugs. Volunteers get server ids. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export class RegisterCommunityBody {
  @ApiProperty({ example: 'beixiajie', description: '社区编号 / community id (lowercase slug)' })
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ example: '北下街社区' })
  @IsText(100)
  name: string;
}

export class RegisterTeamBody {
  @ApiProperty({ example: 'beixiajie-elderly' })
  @Matches(SLUG)
  teamId: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ example: '助老服务队' })
  @IsText(100)
  name: string;

  @ApiPropertyOptional({ example: '助老', description: '服务专长，如 医疗卫生、法律服务、助老 / what the team offers' })
  @IsOptional()
  @IsText(50)
  specialty?: string;
}

export class AddTeamMemberBody {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  volunteerId: string;
}

export class RegisterVolunteerBody {
  @ApiProperty({ example: '张三' })
  @IsText(50)
  name: string;

  @ApiProperty({ example: '13812345678', description: '手机号 / mainland mobile number' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiPropertyOptional({ default: false, description: '是否党员 / Party member' })
  @IsOptional()
  @IsBoolean()
  partyMember?: boolean;

  @ApiPropertyOptional({ description: '驻区单位 / co-building unit' })
  @IsOptional()
  @Matches(SLUG)
  unitId?: string;

  @ApiPropertyOptional({
    description: '默认 false。手机号已登记为本社区志愿者时仍登记（共用手机的另一人，如家人）；否则为 409 PHONE_ALREADY_REGISTERED / register even though a volunteer of the community has this phone (another person sharing it); otherwise 409 PHONE_ALREADY_REGISTERED (default false)',
  })
  @IsOptional()
  @IsBoolean()
  allowSharedPhone?: boolean;
}

export class MoveVolunteerBody {
  @ApiProperty()
  @Matches(SLUG)
  toCommunityId: string;
}

export class SuspendVolunteerBody {
  @ApiProperty()
  @IsText(500)
  reason: string;
}

export class VolunteerListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({ enum: ['0', '1', '2', '3', '4', '5'] })
  @IsOptional()
  @IsIn(['0', '1', '2', '3', '4', '5'])
  starLevel?: string;

  @ApiPropertyOptional({ description: '按姓名或手机号（3 位以上数字）搜索 / search by name, or by phone with 3 or more digits' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}
