import { Global, Module } from '@nestjs/common';
import { PENDING_TRANSFERS } from '../../platform/health/pending-transfers.port';
import { RedemptionSettlement } from '../exchanges/redemptions/redemption-settlement';
import { GiftSettlement } from '../gifts/gift-settlement';
import { PoolSettlement } from '../pools/pool-moves';
import { TransferManager } from './transfer-manager';

/** Moves between two accounts: their settlement and the process manager that finishes them. Global so /health can ask about them. */
@Global()
@Module({
  providers: [RedemptionSettlement, GiftSettlement, PoolSettlement, TransferManager, { provide: PENDING_TRANSFERS, useExisting: TransferManager }],
  exports: [RedemptionSettlement, GiftSettlement, PoolSettlement, PENDING_TRANSFERS],
})
export class TransfersModule {}
