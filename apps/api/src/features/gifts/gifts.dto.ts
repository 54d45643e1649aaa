import { ApiProperty } from '@nestjs/swagger';
import { FAMILY_RELATIONS, type FamilyRelation } from '@shiji/domain';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';

export class GiveCreditsBody {
  @ApiProperty({ description: '转出时间的志愿者 / the volunteer who gives' })
  @IsString()
  @Length(1, 64)
  fromVolunteerId: string;

  @ApiProperty({ description: '经确认的家庭成员（已登记的志愿者） / the confirmed family member (a registered volunteer) who receives' })
  @IsString()
  @Length(1, 64)
  toVolunteerId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 525_600, example: 120 })
  @IsInt()
  @Min(1)
  @Max(525_600)
  minutes: number;
}

export class DeclareFamilyMemberBody {
  @ApiProperty({ description: '家庭成员（已登记的志愿者） / the family member, a registered volunteer' })
  @IsString()
  @Length(1, 64)
  memberVolunteerId: string;

  @ApiProperty({ enum: FAMILY_RELATIONS, description: '对申报人而言的关系 / who they are to the volunteer declaring them' })
  @IsIn(FAMILY_RELATIONS)
  relation: FamilyRelation;
}

export class GiveCreditsToResidentBody {
  @ApiProperty({ description: '转出时间的志愿者 / the volunteer who gives' })
  @IsString()
  @Length(1, 64)
  fromVolunteerId: string;

  @ApiProperty({ description: '经确认为家庭成员的受助居民 / the resident in need confirmed as the volunteer’s family' })
  @IsString()
  @Length(1, 64)
  beneficiaryId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 525_600, example: 120 })
  @IsInt()
  @Min(1)
  @Max(525_600)
  minutes: number;
}

export class DeclareFamilyResidentBody {
  @ApiProperty({ description: '本社区登记的受助居民（姓名、电话已加密） / a resident in need registered in the volunteer’s community (name and phone sealed)' })
  @IsString()
  @Length(1, 64)
  beneficiaryId: string;

  @ApiProperty({ enum: FAMILY_RELATIONS, description: '对申报人而言的关系 / who they are to the volunteer declaring them' })
  @IsIn(FAMILY_RELATIONS)
  relation: FamilyRelation;
}
