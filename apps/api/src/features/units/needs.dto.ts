import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

export class RegisterNeedBody {
  @ApiProperty({ example: 'lonely-elders-visits' })
  @Matches(SLUG)
  needId: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ enum: SERVICE_CATEGORIES })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty({ example: '独居老人需要每周探访', description: '需求描述（请勿填写居民姓名、电话） / what is needed (no names or phones)' })
  @IsText(1000)
  description: string;
}

export class CloseNeedBody {
  @ApiProperty({ example: '已由服务项目承接' })
  @IsText(500)
  reason: string;
}

export class NeedListQuery {
  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}
