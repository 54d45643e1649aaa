import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

/** A staff id is the subject (`sub`) of their tokens. */
export const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export class RegisterStaffBody {
  @ApiProperty({ example: 'li-zhuren', description: '工作人员编号，即其令牌的 sub / the staff id, their tokens\' sub' })
  @Matches(STAFF_ID)
  staffId: string;

  @ApiProperty({ example: '李主任' })
  @IsText(100)
  name: string;

  @ApiProperty({ type: [String], example: ['beixiajie'], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(SLUG, { each: true })
  communityIds: string[];
}

export class GrantCommunityBody {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}
