import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, Max, Min } from 'class-validator';

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

export class CorrectionDeadlineBody {
  @ApiProperty({ type: 'integer', example: 15, minimum: 0, maximum: 365, description: '收到异议后答复的期限（上海日，0 即当日答复） / days to answer a correction request (Asia/Shanghai days; 0 means the same day)' })
  @IsInt()
  @Min(0)
  @Max(365)
  correctionDeadlineDays: number;
}
