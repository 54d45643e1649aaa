import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/** A pending claim older than this belongs to a request that died; another may take it over. */
const STALE_AFTER_SECONDS = 60;

/** Remembers, per caller and Idempotency-Key, the request's fingerprint and its first successful response. */
@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const inserted = await this.pool.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.state = 'pending' AND idempotency_keys.created_at < now() - make_interval(secs => $4)
       RETURNING 1`,
      [scope, key, requestHash, STALE_AFTER_SECONDS],
    );
    if (inserted.rowCount === 1) return { kind: 'claimed' };
    const { rows } = await this.pool.query<{ request_hash: string; state: string; response: unknown }>(
      'SELECT request_hash, state, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const row = rows[0];
    if (!row) return this.claim(scope, key, requestHash);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state === 'done') return { kind: 'replay', response: row.response };
    return { kind: 'in_progress' };
  }

  async complete(scope: string, key: string, response: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_keys SET state = 'done', response = $3, completed_at = now() WHERE scope = $1 AND key = $2`,
      [scope, key, JSON.stringify(response ?? null)],
    );
  }

  /** A failed request leaves nothing behind, so the client may retry it with the same key. */
  async release(scope: string, key: string): Promise<void> {
    await this.pool.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'pending'`, [scope, key]);
  }
}
