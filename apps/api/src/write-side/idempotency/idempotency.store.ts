import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { InstancePresence } from './instance-presence';

export type Claim =
  | { kind: 'claimed'; takenOver: boolean }
  | { kind: 'replay'; response: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_progress'; owner: string | null };

/**
 * A pending claim is taken over when its request can no longer answer: the
 * instance that claimed it is gone (crashed, killed), or it has been pending
 * this long (a request stuck, or one whose release failed). Taking over
 * while the first still runs is safe, only wasteful: both decide the same
 * events with the same ids, which the store accepts once.
 */
export const TAKE_OVER_AFTER_SECONDS = 10;

/** Remembers, per caller and Idempotency-Key, the request's fingerprint and its first successful response. */
@Injectable()
export class IdempotencyStore {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly presence: InstancePresence,
  ) {}

  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const inserted = await this.pool.query<{ taken_over: boolean }>(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, owner) VALUES ($1, $2, $3, 'pending', $4)
       ON CONFLICT (scope, key) DO UPDATE SET state = 'pending', created_at = now(), owner = EXCLUDED.owner
         WHERE idempotency_keys.request_hash = EXCLUDED.request_hash
           AND (idempotency_keys.state = 'failed'
                OR (idempotency_keys.state = 'pending'
                    AND (idempotency_keys.created_at < now() - make_interval(secs => $5)
                         OR idempotency_keys.owner IS NULL OR NOT ${InstancePresence.isPresent('idempotency_keys.owner')})))
       RETURNING xmax <> 0 AS taken_over`,
      [scope, key, requestHash, this.presence.id, TAKE_OVER_AFTER_SECONDS],
    );
    if (inserted.rowCount === 1) return { kind: 'claimed', takenOver: inserted.rows[0].taken_over };
    const { rows } = await this.pool.query<{ request_hash: string; state: string; response: unknown; owner: string | null }>(
      'SELECT request_hash, state, response, owner FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const row = rows[0];
    if (!row) return this.claim(scope, key, requestHash);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state === 'done') return { kind: 'replay', response: row.response };
    return { kind: 'in_progress', owner: row.owner };
  }

  /** Takes over a pending claim of this instance that no request of it is serving (its release failed). */
  async takeOverOwn(scope: string, key: string, requestHash: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE idempotency_keys SET created_at = now() WHERE scope = $1 AND key = $2 AND state = 'pending' AND request_hash = $3 AND owner = $4`,
      [scope, key, requestHash, this.presence.id],
    );
    return rowCount === 1;
  }

  async complete(scope: string, key: string, response: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_keys SET state = 'done', response = $3, completed_at = now() WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(response ?? null)],
    );
  }

  /** A request that failed before changing anything leaves nothing behind: the key is free for any request. */
  async release(scope: string, key: string): Promise<void> {
    await this.pool.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'pending'`, [scope, key]);
  }

  /**
   * A request that failed after appending something (a move that was
   * compensated, a database lost between two appends): the same request may
   * be retried, and its retry looks for those effects first (see
   * CommandContext.possiblyApplied); another body under this key is refused.
   */
  async fail(scope: string, key: string): Promise<void> {
    await this.pool.query(`UPDATE idempotency_keys SET state = 'failed' WHERE scope = $1 AND key = $2 AND state = 'pending'`, [scope, key]);
  }

  get instanceId(): string {
    return this.presence.id;
  }
}
