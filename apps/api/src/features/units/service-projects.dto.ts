import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { SERVICE_CATEGORIES, type ServiceCategory, type ServiceProjectStatus } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';
import { SLUG } from '../organisation/organisation.dto';

export class ProviderBody {
  @ApiProperty({ enum: ['team', 'unit'], description: '服务队或驻区单位 / a team or a unit' })
  @IsIn(['team', 'unit'])
  kind: 'team' | 'unit';

  @ApiProperty()
  @Matches(SLUG)
  id: string;
}

export class RegisterServiceProjectBody {
  @ApiProperty({ example: 'monthly-clinic' })
  @Matches(SLUG)
  projectId: string;

  @ApiProperty()
  @Matches(SLUG)
  communityId: string;

  @ApiProperty({ example: '健康义诊' })
  @IsText(100)
  title: string;

  @ApiProperty({ enum: SERVICE_CATEGORIES })
  @IsIn(SERVICE_CATEGORIES)
  category: ServiceCategory;

  @ApiProperty()
  @IsText(1000)
  description: string;

  @ApiProperty({ type: ProviderBody })
  @ValidateNested()
  @Type(() => ProviderBody)
  provider: ProviderBody;

  @ApiPropertyOptional({ example: '每月第二个周六上午', description: '开展时间 / when it is held' })
  @IsOptional()
  @IsText(200)
  schedule?: string;
}

export class ServiceProjectStatusBody {
  @ApiProperty({ enum: ['active', 'paused', 'retired'] })
  @IsIn(['active', 'paused', 'retired'])
  status: ServiceProjectStatus;
}

export class ProjectActivityBody {
  @ApiProperty({ description: '开展该项目的活动 / the activity that delivers the project' })
  @IsString()
  @Length(1, 64)
  activityId: string;
}

export class ServiceProjectListQuery {
  @ApiProperty()
  @Matches(SLUG)
  communityId: string;
}
