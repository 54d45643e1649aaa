import { ApiProperty } from '@nestjs/swagger';
import { PERSON_ROLES, type PersonRole } from '@shiji/domain';

/** Who a person is, as every answer about them names them. */
export class PersonRefView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ enum: PERSON_ROLES })
  role: PersonRole;

  @ApiProperty({ description: '访问令牌的 sub：志愿者编号、工号，或管理员、审计员的 personId / the access token\'s sub: a volunteer id, a staff id, or an admin\'s or auditor\'s person id' })
  subject: string;
}
