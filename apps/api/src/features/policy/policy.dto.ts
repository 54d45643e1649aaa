import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class StarThresholdsBody {
  @ApiProperty({
    type: 'array',
    items: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    minItems: 5,
    maxItems: 5,
    example: [100, 300, 600, 1000, 1500],
    description: '五个严格递增的小时数 / five strictly rising hour thresholds',
  })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1_000_000, { each: true })
  thresholdHours: number[];
}

export class CardLevelBody {
  @ApiProperty({ type: 'integer', example: 5, minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  minStarLevel: number;
}

export class SeparateVerifierBody {
  @ApiProperty({ type: 'boolean', example: true, description: '记录人不得认证自己记录的服务 / whoever recorded a service may not verify it' })
  @IsBoolean()
  requireSeparateVerifier: boolean;
}

export class CreditRulesBody {
  @ApiProperty({ type: 'integer', example: 600, minimum: 0, maximum: 525_600, description: '单次转赠上限（分钟） / at most this many minutes a gift' })
  @IsInt()
  @Min(0)
  @Max(525_600)
  giftMaxMinutes: number;

  @ApiProperty({ type: 'integer', example: 3000, minimum: 0, maximum: 525_600, description: '每个志愿者每个自然年（北京时间）转赠上限（分钟） / at most this many minutes given a Shanghai year, per volunteer' })
  @IsInt()
  @Min(0)
  @Max(525_600)
  giftYearlyMinutes: number;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 60, minimum: 0, maximum: 150, description: '兑换本人储存时间所需年龄；不填或 null 为不限 / the age needed to spend one\'s own credits; absent or null: any age' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  minAgeToRedeem?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 1500, minimum: 1, maximum: 1_000_000, description: '储存时间上限（小时）；不填或 null 为不限。累计时长与星级不受限 / the storage cap on credit in hours; absent or null: none. Lifetime hours and stars are never capped' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  creditCapHours?: number | null;

  @ApiPropertyOptional({ enum: ['discard', 'pool'], default: 'pool', description: '超出上限的部分：discard 不予储存，pool 转入所在社区公益时间池 / the excess over the cap: discard, not stored; pool, sent to the community pool' })
  @IsOptional()
  @IsIn(['discard', 'pool'])
  capExcessTo?: 'discard' | 'pool';
}

export class CorrectionDeadlineBody {
  @ApiProperty({ type: 'integer', example: 15, minimum: 0, maximum: 365, description: '收到异议后答复的期限（上海日，0 即当日答复） / days to answer a correction request (Asia/Shanghai days; 0 means the same day)' })
  @IsInt()
  @Min(0)
  @Max(365)
  correctionDeadlineDays: number;
}
