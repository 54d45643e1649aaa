import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../../read-side/pagination';
import { SLUG } from '../organisation/organisation.dto';
import { TRANSFER_KINDS, type TransferKind } from '@shiji/projections';

export const TRANSFER_STATUSES = ['pending', 'completed', 'compensated'] as const;

export class TransferQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRANSFER_STATUSES, description: 'pending: 第二步尚未完成 / the second step is not stored yet' })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: (typeof TRANSFER_STATUSES)[number];

  @ApiPropertyOptional({ example: 'beixiajie', description: '付出方所在社区；工作人员必填 / the paying account’s community; required for staff' })
  @IsOptional()
  @Matches(SLUG)
  communityId?: string;

  @ApiPropertyOptional({ enum: TRANSFER_KINDS, description: 'redemption: 支付服务提供者的兑换 / a redemption paying its provider; gift: 转赠家庭成员 / a gift to family; donation: 捐入公益时间池 / to the pool; grant: 公益时间池拨付 / from the pool; cap: 超出存储上限转入公益时间池 / a deposit’s excess over the cap, to the pool' })
  @IsOptional()
  @IsIn(TRANSFER_KINDS)
  kind?: TransferKind;
}
