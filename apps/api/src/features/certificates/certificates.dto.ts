import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { COMMENDATION_LEVELS, EVALUATION_RATINGS, IDENTITY_DOCUMENT_TYPES, type CommendationLevel, type EvaluationRating, type IdentityDocumentType } from '@shiji/domain';
import { IsText } from '../../platform/validation/is-text.decorator';

export class CertificateQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026, description: '服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ enum: ['record'], description: '加上培训、表彰与年度评价 / add training, commendations and evaluations' })
  @IsOptional()
  @IsIn(['record'])
  include?: 'record';

  @ApiPropertyOptional({ example: '李干事', description: '本证明的经办人，缺省为社区设置的经办人 / the handling officer for this certificate; the community\'s default if absent' })
  @IsOptional()
  @IsText(50)
  handlingOfficer?: string;
}

export class IdentityDocumentBody {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES, example: 'resident_id', description: '证件类型：居民身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证 / the document type' })
  @IsIn(IDENTITY_DOCUMENT_TYPES)
  type: IdentityDocumentType;

  @ApiProperty({ example: '11010519491231002X', description: '证件号码；居民身份证校验位须正确 / the number; a resident ID\'s check character must be right' })
  @IsText(30)
  number: string;
}

export class CertificateIssuerBody {
  @ApiProperty({ example: '北下街社区居民委员会', description: '出具单位 / issuing organisation' })
  @IsText(100)
  organisationName: string;

  @ApiProperty({ example: '王敏', description: '负责人 / responsible person' })
  @IsText(50)
  responsiblePerson: string;

  @ApiProperty({ example: '李华', description: '经办人（缺省） / default handling officer' })
  @IsText(50)
  handlingOfficer: string;

  @ApiProperty({ example: '0371-66661234', description: '联系电话 / contact phone' })
  @Matches(/^[0-9+][0-9 -]{5,23}$/)
  contactPhone: string;

  @ApiPropertyOptional({ nullable: true, example: null, description: '印章图片的 SHA-256（先上传 POST /v1/seals） / the seal image\'s SHA-256 (upload it first)' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  sealSha256?: string | null;
}

const DAY = { example: '2025-04-12', description: '日期（上海时间）YYYY-MM-DD / the day (Asia/Shanghai)' };

export class TrainingBody {
  @ApiProperty({ example: '急救知识培训' })
  @IsText(100)
  course: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1440, example: 120, description: '培训时长（分钟） / minutes' })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes: number;

  @ApiProperty(DAY)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;

  @ApiProperty({ example: '市红十字会 王老师', description: '培训人 / trainer' })
  @IsText(100)
  trainer: string;
}

export class CommendationBody {
  @ApiProperty({ example: '优秀志愿者' })
  @IsText(100)
  title: string;

  @ApiProperty({ enum: COMMENDATION_LEVELS, description: '表彰级别：社区、街道、区、市 / community, street, district or city' })
  @IsIn(COMMENDATION_LEVELS)
  level: CommendationLevel;

  @ApiProperty(DAY)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;
}

export class EvaluationBody {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiProperty({ enum: EVALUATION_RATINGS, description: '评价：优秀、良好、合格、不合格 / excellent, good, pass, fail' })
  @IsIn(EVALUATION_RATINGS)
  rating: EvaluationRating;

  @ApiProperty({ example: '全年坚持参加助老服务，认真负责。' })
  @IsText(500)
  comment: string;
}
