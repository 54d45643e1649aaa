import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { MOBILE_PHONE } from '../../read-side/phone';
import { IsText } from '../../platform/validation/is-text.decorator';

export class DonateCreditsBody {
  @ApiProperty({ description: '捐出时间的志愿者，捐入其所在社区的公益时间池 / the volunteer who donates, to their own community’s pool' })
  @IsString()
  @Length(1, 64)
  volunteerId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 525_600, example: 60 })
  @IsInt()
  @Min(1)
  @Max(525_600)
  minutes: number;
}

export class RegisterBeneficiaryBody {
  @ApiProperty({ example: '李奶奶', description: '加密保存 / sealed' })
  @IsText(50)
  name: string;

  @ApiProperty({ example: '13812345678', description: '手机号，加密保存 / mainland mobile number, sealed' })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mainland mobile number (11 digits starting 13–19)' })
  phone: string;
}

export class GrantFromPoolBody {
  @ApiProperty({ description: '受助居民（孤寡老人等） / the resident in need' })
  @IsString()
  @Length(1, 64)
  beneficiaryId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 525_600, example: 120 })
  @IsInt()
  @Min(1)
  @Max(525_600)
  minutes: number;

  @ApiProperty({ example: '独居老人助餐 / meals for an elderly person living alone' })
  @IsText(500)
  reason: string;
}
