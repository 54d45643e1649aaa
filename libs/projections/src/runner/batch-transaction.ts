import { inTransaction } from '@shiji/postgres';
import type { Pool, PoolClient } from 'pg';

/**
 * A projection batch's transaction, committed without waiting for its WAL to
 * reach the disk (synchronous_commit off, for this transaction only).
 *
 * What still holds: the batch's documents and its checkpoints commit or vanish
 * together, and others see them as soon as COMMIT returns. What a crash of
 * PostgreSQL itself may cost is the last fraction of a second of batches;
 * recovery then ends at an earlier commit, documents and checkpoints alike,
 * and the runner applies those events again from the log, which every append
 * flushed before it answered. So no effect is lost or doubled, and each
 * batch's commit stops waiting for a disk flush and forcing one on appends.
 */
export function inBatchTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, work, { synchronousCommit: 'off' });
}
