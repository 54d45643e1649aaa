import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

/** Wrong attempts in a row that lock a login. */
export const MAX_FAILURES = 5;
/** How long a lock lasts, and how long a failure counts towards one. */
export const LOCK_SECONDS = 15 * 60;

/** Where attempts are counted: an account, or a phone or staff id that names none (kept only as a digest). */
export type FailureKey = `person:${string}` | `login:${string}` | `code:${string}`;

export function keyOfPerson(personId: string): FailureKey {
  return `person:${personId}`;
}

/** A login that names no account counts and locks like one that does, so locking tells nothing either. */
export function keyOfUnknownLogin(kind: 'phone' | 'staffId', login: string): FailureKey {
  return `login:${createHash('sha256').update(`${kind}:${login}`).digest('hex')}`;
}

/** Activation attempts for a phone number: a separate budget from the password's. */
export function keyOfActivation(phone: string): FailureKey {
  return `code:${createHash('sha256').update(`activation:${phone}`).digest('hex')}`;
}

export type Attempt =
  /** The attempt may go on; `lockEnded` when an earlier lock had just run out. */
  | { kind: 'allowed'; attempt: number; lockEnded: boolean }
  | { kind: 'locked'; retryAfterSeconds: number };

/**
 * identity_failures: attempts in a row per login, counted before the
 * password is checked, so attempts sent at once cannot outrun the lock: the
 * sixth is refused however many are in flight. A success clears the count;
 * a failure older than the lock's length no longer counts.
 */
@Injectable()
export class FailureCounter {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async begin(key: FailureKey): Promise<Attempt> {
    const { rows } = await this.pool.query<{ failures: number; locked_for: number | null; previous_lock_ended: boolean }>(
      // \`previous\` reads the statement's snapshot: the row as it was before this statement changed it.
      `WITH previous AS MATERIALIZED (SELECT locked_until FROM identity_failures WHERE failure_key = $1)
       INSERT INTO identity_failures AS f (failure_key, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (failure_key) DO UPDATE SET
         failures = CASE
           WHEN f.locked_until > now() THEN f.failures
           WHEN f.locked_until IS NOT NULL OR f.last_failure_at < now() - make_interval(secs => $2) THEN 1
           ELSE f.failures + 1 END,
         locked_until = CASE WHEN f.locked_until > now() THEN f.locked_until END,
         last_failure_at = CASE WHEN f.locked_until > now() THEN f.last_failure_at ELSE now() END
       RETURNING f.failures,
         extract(epoch FROM f.locked_until - now())::float8 AS locked_for,
         coalesce((SELECT locked_until <= now() FROM previous), false) AS previous_lock_ended`,
      [key, LOCK_SECONDS],
    );
    const row = rows[0];
    if (row.locked_for !== null && row.locked_for > 0) return { kind: 'locked', retryAfterSeconds: row.locked_for };
    // Attempts sent together beyond the limit: the lock starts now, whatever the ones in flight find.
    if (row.failures > MAX_FAILURES) return { kind: 'locked', retryAfterSeconds: await this.lock(key) };
    return { kind: 'allowed', attempt: row.failures, lockEnded: row.previous_lock_ended };
  }

  /** After a wrong attempt: true when it was the last one allowed, and the login is now locked. */
  async failed(key: FailureKey, attempt: number): Promise<boolean> {
    if (attempt < MAX_FAILURES) return false;
    await this.lock(key);
    return true;
  }

  /** Clears the count; true when that lifted a lock still running. */
  async succeeded(key: FailureKey): Promise<boolean> {
    const { rows } = await this.pool.query<{ was_locked: boolean }>('DELETE FROM identity_failures WHERE failure_key = $1 RETURNING coalesce(locked_until > now(), false) AS was_locked', [key]);
    return rows[0]?.was_locked ?? false;
  }

  /** The locks running now among these keys, with their ends. */
  async locksOf(keys: readonly FailureKey[]): Promise<Map<FailureKey, Date>> {
    const { rows } = await this.pool.query<{ failure_key: FailureKey; locked_until: Date }>(
      'SELECT failure_key, locked_until FROM identity_failures WHERE failure_key = ANY($1::text[]) AND locked_until > now()',
      [keys],
    );
    return new Map(rows.map((row) => [row.failure_key, row.locked_until]));
  }

  /** Locks now unless a lock already runs; seconds until it ends. */
  private async lock(key: FailureKey): Promise<number> {
    const { rows } = await this.pool.query<{ locked_for: number }>(
      `UPDATE identity_failures SET locked_until = coalesce(locked_until, now() + make_interval(secs => $2))
       WHERE failure_key = $1 RETURNING extract(epoch FROM locked_until - now())::float8 AS locked_for`,
      [key, LOCK_SECONDS],
    );
    return rows[0]?.locked_for ?? LOCK_SECONDS;
  }
}
