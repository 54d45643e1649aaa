import type { Queryable } from '@shiji/postgres';

/** How long after a session ends one of its access tokens can still be unexpired: their lifetime plus the clock tolerance. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface Revocation {
  id: string;
  expiresAt: Date;
}

/**
 * identity_revocations: the ids (sessions, CLI tokens) whose access tokens
 * every api instance must refuse. An entry is needed only while a token it
 * names can still be unexpired; a session's no longer than its access
 * tokens live, since an ended session mints no more.
 */
export const revocations = {
  async ofSessions(db: Queryable, sessionIds: readonly string[]): Promise<Revocation[]> {
    if (sessionIds.length === 0) return [];
    const { rows } = await db.query<{ id: string; expires_at: Date }>(
      `INSERT INTO identity_revocations (id, kind, expires_at)
       SELECT id, 'session', now() + make_interval(secs => $2) FROM unnest($1::uuid[]) AS id
       ON CONFLICT (id) DO UPDATE SET expires_at = greatest(identity_revocations.expires_at, EXCLUDED.expires_at)
       RETURNING id, expires_at`,
      [sessionIds, ACCESS_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS],
    );
    return rows.map((row) => ({ id: row.id, expiresAt: row.expires_at }));
  },

  async ofToken(db: Queryable, tokenId: string, tokenExpiresAt: Date): Promise<Revocation> {
    const expiresAt = new Date(tokenExpiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000);
    await db.query(`INSERT INTO identity_revocations (id, kind, expires_at) VALUES ($1, 'token', $2) ON CONFLICT (id) DO NOTHING`, [tokenId, expiresAt]);
    return { id: tokenId, expiresAt };
  },

  /** Every revocation that still matters, or those written since `since`; with the database's clock at the read. */
  async read(db: Queryable, since: Date | null): Promise<{ revocations: Revocation[]; readAt: Date }> {
    const { rows } = await db.query<{ id: string | null; expires_at: Date | null; read_at: Date }>(
      `SELECT r.id, r.expires_at, now.read_at
       FROM (SELECT clock_timestamp() AS read_at) now
       LEFT JOIN identity_revocations r ON r.expires_at > now.read_at AND ($1::timestamptz IS NULL OR r.revoked_at > $1)`,
      [since],
    );
    const revocations = rows.filter((row) => row.id !== null).map((row) => ({ id: row.id!, expiresAt: row.expires_at! }));
    return { revocations, readAt: rows[0].read_at };
  },

  async forgetExpired(db: Queryable): Promise<void> {
    await db.query('DELETE FROM identity_revocations WHERE expires_at < now()');
  },
};
