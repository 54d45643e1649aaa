import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { SLUG } from '../organisation/organisation.dto';

export class AppraisalBody {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: '民主评议得分 / appraisal score' })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;
}

export class RankingWeightsBody {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: '人均服务时长 / hours per member' })
  @IsInt()
  @Min(0)
  @Max(100)
  hoursPerMember: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: '参与率 / participation rate' })
  @IsInt()
  @Min(0)
  @Max(100)
  participationRate: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: '服务项目 / projects delivered' })
  @IsInt()
  @Min(0)
  @Max(100)
  projectsDelivered: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: '民主评议 / appraisal' })
  @IsInt()
  @Min(0)
  @Max(100)
  appraisal: number;
}

export class RankingQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026, description: '上海自然年 / the Asia/Shanghai year' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ description: '只排这个社区的；不填为全街道 / rank this community\'s only; the whole street when left out' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;
}
