import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { PageQuery } from '../../read-side/pagination';
import { MOBILE_PHONE } from '../../read-side/phone';
import { SLUG } from '../organisation/organisation.dto';

export class ApplyBody {
  @ApiProperty({ example: 'beixiajie', description: '申请加入的社区 / the community applied to' })
  @Matches(SLUG, { message: 'communityId 须为社区编号（小写字母、数字和连字符） / communityId must be a community id (lowercase slug)' })
  communityId: string;

  @ApiProperty({ example: '张三' })
  @IsText(50)
  name: string;

  @ApiProperty({ example: '13812345678', description: '手机号 / mainland mobile number' })
  @Matches(MOBILE_PHONE, { message: 'phone 须为 11 位大陆手机号（13–19 开头） / phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;

  @ApiProperty({ description: '是否党员 / Party member' })
  @IsBoolean({ message: 'partyMember 须为 true 或 false / partyMember must be true or false' })
  partyMember: boolean;

  @ApiPropertyOptional({ example: '周末有空，擅长维修家电', description: '备注（可选，至多 500 字） / optional note, at most 500 characters' })
  @IsOptional()
  @IsText(500)
  note?: string;
}

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected', 'all'] as const;

export class ApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: '社区（工作人员须指定） / community (staff must name one)' })
  @IsOptional()
  @Matches(SLUG, { message: 'communityId 须为社区编号 / communityId must be a community id' })
  communityId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: 'status 须为 pending、approved、rejected 或 all / status must be pending, approved, rejected or all' })
  status?: (typeof APPLICATION_STATUSES)[number];
}

export class RejectApplicationBody {
  @ApiProperty({ example: '不在本社区居住' })
  @IsText(500)
  reason: string;
}
