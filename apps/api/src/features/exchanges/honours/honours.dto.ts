import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { SLUG } from '../../organisation/organisation.dto';

export class CertifyStarLevelBody {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: '认证的星级（发放胸牌、标注活动证）/ the level certified (badge issued, certificate marked)' })
  @IsInt()
  @Min(1)
  @Max(5)
  starLevel: number;
}

export class BadgesDueQuery {
  @ApiProperty({ example: 'beixiajie' })
  @Matches(SLUG)
  communityId: string;
}

export class HonourRollQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026, description: '服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ example: 'beixiajie', description: '只计该社区的服务 / only service given in this community' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;
}
