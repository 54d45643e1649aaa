import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { assertNever } from '@shiji/domain';
import type { TransferView } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import type { PendingTransfers, PendingTransfersSummary } from '../../platform/health/pending-transfers.port';
import { redemptionMoveOf } from '../exchanges/redemptions/redemption-move';
import { RedemptionSettlement } from '../exchanges/redemptions/redemption-settlement';
import type { Settlement } from './settle-move';
import { beneficiaryGiftMoveOf, giftMoveOf } from '../gifts/gift-move';
import { GiftSettlement } from '../gifts/gift-settlement';
import { capExcessMoveOf, donationMoveOf, grantMoveOf, grantRedemptionMoveOf, PoolSettlement } from '../pools/pool-moves';

/** A move's own request settles it within milliseconds; past this, nobody is settling it. */
export const SETTLE_AFTER_MS = 2_000;
const TICK_MS = 1_000;
const BATCH = 100;

/**
 * The process manager of moves between two accounts. The transfers view, a
 * checkpointed projection like the others, lists every move whose intent is
 * stored and whose second step is not; every second this takes the step for
 * each one left pending past SETTLE_AFTER_MS (the request that began it
 * died, or lost its database between the two appends). Taking the step is
 * idempotent and locked per move, so every api instance may run this.
 */
@Injectable()
export class TransferManager implements OnApplicationBootstrap, OnApplicationShutdown, PendingTransfers {
  private readonly logger = new Logger('Transfers');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly redemptions: RedemptionSettlement,
    private readonly gifts: GiftSettlement,
    private readonly pools: PoolSettlement,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Settles what is due now; the timer calls it, and so may a test. */
  async settleDue(): Promise<number> {
    const { rows } = await this.pool.query<{ data: TransferView }>(
      `SELECT data FROM rm_transfers WHERE status = 'pending' AND (data->'intent'->>'at')::timestamptz < now() - make_interval(secs => $1)
       ORDER BY intent_position LIMIT $2`,
      [SETTLE_AFTER_MS / 1000, BATCH],
    );
    let settled = 0;
    for (const { data: transfer } of rows) {
      if (this.stopped) break;
      try {
        const outcome = await this.settle(transfer, new Date());
        settled += 1;
        this.logger.log({ transferId: transfer.transferId, refused: outcome.refusal?.code ?? null }, 'settled a move left pending');
      } catch (error) {
        this.logger.warn({ transferId: transfer.transferId, err: error }, 'could not settle a pending move yet; will retry');
      }
    }
    return settled;
  }

  /** The second step of a move, by its kind; the same step the request that began it takes. */
  private settle(transfer: TransferView, now: Date): Promise<Settlement> {
    switch (transfer.kind) {
      case 'redemption':
        return this.redemptions.settle(redemptionMoveOf(transfer), now);
      case 'gift':
        return this.gifts.settle(giftMoveOf(transfer), now);
      case 'beneficiary_gift':
        return this.gifts.settleToBeneficiary(beneficiaryGiftMoveOf(transfer), now);
      case 'donation':
        return this.pools.settleDonation(donationMoveOf(transfer), now);
      case 'grant':
        return this.pools.settleGrant(grantMoveOf(transfer), now);
      case 'cap':
        return this.pools.settleCapExcess(capExcessMoveOf(transfer), now);
      case 'grant_redemption':
        return this.pools.settleGrantRedemption(grantRedemptionMoveOf(transfer), now);
      default:
        return assertNever(transfer);
    }
  }

  async summary(): Promise<PendingTransfersSummary> {
    const { rows } = await this.pool.query<{ pending: string; oldest: number | null }>(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min((data->'intent'->>'at')::timestamptz))::float8 AS oldest FROM rm_transfers WHERE status = 'pending'`,
    );
    const oldest = rows[0].oldest;
    return { pending: Number(rows[0].pending), oldestPendingSeconds: oldest === null ? null : Math.max(0, Math.round(oldest)) };
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.settleDue()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'pending moves could not be read; will retry'))
        .then(() => this.schedule());
    }, TICK_MS);
    this.timer.unref();
  }
}
