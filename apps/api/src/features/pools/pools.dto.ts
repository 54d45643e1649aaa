import { ApiProperty } from '@nestjs/swagger';
import { MAX_MINUTES_PER_RECORD } from '@shiji/domain';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { RedemptionProviderBody } from '../exchanges/redemptions/redemptions.dto';
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

export class RedeemGrantBody {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD, example: 60 })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES_PER_RECORD)
  minutes: number;

  @ApiProperty({ example: '上门助浴 / bathing help at home' })
  @IsText(1000)
  description: string;

  @ApiProperty({ type: RedemptionProviderBody, description: '服务提供者，其服务时长记入其账户 / the provider, who earns the hours' })
  @ValidateNested()
  @Type(() => RedemptionProviderBody)
  provider: RedemptionProviderBody;
}
