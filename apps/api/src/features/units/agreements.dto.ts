import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, Matches, ValidateIf } from 'class-validator';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: 'a day is written YYYY-MM-DD' };

export class RegisterAgreementBody {
  @ApiProperty({ example: 'hospital-2026' })
  @Matches(SLUG)
  agreementId: string;

  @ApiProperty({ description: '驻区单位 / the unit' })
  @Matches(SLUG)
  unitId: string;

  @ApiProperty({ description: '共建社区 / the community' })
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ example: '2026-01-01' })
  @Matches(DAY, DAY_MESSAGE)
  startsOn: string;

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true, type: String, description: '截止日期，不填为长期 / the last day, open-ended when left out' })
  @ValidateIf((_body, value) => value !== null && value !== undefined)
  @Matches(DAY, DAY_MESSAGE)
  endsOn?: string | null;

  @ApiProperty({ example: '每月第二个周六开展义诊；社区提供场地' })
  @IsText(2000)
  commitments: string;

  @ApiPropertyOptional({ type: [String], description: '所覆盖的本社区服务项目 / the community\'s service projects it covers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(SLUG, { each: true })
  projectIds?: string[];
}

/** Only what is sent changes; endsOn null makes it open-ended. */
export class AmendAgreementBody {
  @ApiPropertyOptional({ nullable: true, type: String, example: '2027-12-31' })
  @ValidateIf((_body, value) => value !== null && value !== undefined)
  @Matches(DAY, DAY_MESSAGE)
  endsOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsText(2000)
  commitments?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(SLUG, { each: true })
  projectIds?: string[];
}

export class EndAgreementBody {
  @ApiProperty({ example: '2026-06-30', description: '终止日期 / the day it ends' })
  @Matches(DAY, DAY_MESSAGE)
  endedOn: string;
}

export class AgreementListQuery {
  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}
