import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PERSON_ROLES, type PersonRole } from '@shiji/domain';
import { PersonRefView } from './person-ref.dto';

export class PeopleQuery {
  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;

  @ApiPropertyOptional({ description: '志愿者编号、工号或 personId / a volunteer id, staff id or person id' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  subject?: string;
}

export class PersonView extends PersonRefView {
  @ApiProperty({ type: String, nullable: true, description: '受邀时的姓名；志愿者的姓名见其档案 / the name as invited; a volunteer\'s is in their profile' })
  name: string | null;

  @ApiProperty({ example: '138****5678' })
  phone: string;

  @ApiProperty({ enum: ['invited', 'active'] })
  status: 'invited' | 'active';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lockedUntil: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  activatedAt: string | null;
}

export class PeopleView {
  @ApiProperty({ type: [PersonView] })
  items: PersonView[];
}

export class EndedSessionsView {
  @ApiProperty()
  endedSessions: number;
}
