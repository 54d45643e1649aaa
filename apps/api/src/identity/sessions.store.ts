import { Inject, Injectable } from '@nestjs/common';
import { inTransaction, type Queryable } from '@shiji/postgres';
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { revocations, type Revocation } from './revocations.store';
import { digestOf, newRefreshToken } from './secrets';

/** A refresh token lasts this long from its issue; each refresh issues a new one. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;
/** A session ends this long after its sign-in, however often it is refreshed. */
export const SESSION_MAX_SECONDS = 90 * 86_400;

export type Transport = 'body' | 'cookie';

/** Where a request came from, as the session list shows it. */
export interface Client {
  address: string | null;
  device: string | null;
}

export interface OpenSession {
  sessionId: string;
  personId: string;
  transport: Transport;
  device: string | null;
  address: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface IssuedRefresh {
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export type EndReason = 'signed-out' | 'revoked-by-owner' | 'revoked-by-admin' | 'password-changed' | 'refresh-token-reused';

export type Rotation =
  | { kind: 'rotated'; session: OpenSession; refresh: IssuedRefresh }
  /** An exchanged token came back: the session is ended, and every token of it with it. */
  | { kind: 'reused'; session: OpenSession; revoked: Revocation[] }
  | { kind: 'invalid'; session: OpenSession | null };

interface SessionRow {
  session_id: string;
  person_id: string;
  transport: Transport;
  device: string | null;
  address: string | null;
  signed_in_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
}

const SESSION_COLUMNS = 's.session_id, s.person_id, s.transport, s.device, s.address, s.signed_in_at, s.last_seen_at, s.expires_at, s.ended_at';

function toSession(row: SessionRow): OpenSession {
  return {
    sessionId: row.session_id,
    personId: row.person_id,
    transport: row.transport,
    device: row.device,
    address: row.address,
    signedInAt: row.signed_in_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

/**
 * identity_sessions and identity_refresh_tokens. A session is one sign-in and
 * the family of refresh tokens it rotates through; only their SHA-256
 * digests are stored.
 */
@Injectable()
export class SessionsStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async open(personId: string, transport: Transport, client: Client): Promise<{ session: OpenSession; refresh: IssuedRefresh }> {
    return inTransaction(this.pool, async (db) => {
      const { rows } = await db.query<SessionRow>(
        `INSERT INTO identity_sessions AS s (session_id, person_id, transport, device, address, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6)) RETURNING ${SESSION_COLUMNS}`,
        [randomUUID(), personId, transport, client.device, client.address, SESSION_MAX_SECONDS],
      );
      const session = toSession(rows[0]);
      return { session, refresh: await this.issueRefresh(db, session) };
    });
  }

  /**
   * Exchanges a refresh token for a new one. `accept` sees the session first
   * and may throw (a CSRF check, the wrong transport): then nothing changes,
   * not even for a reused token.
   */
  async rotate(refreshToken: string, client: Client, accept: (session: OpenSession) => void): Promise<Rotation> {
    return inTransaction(this.pool, async (db) => {
      const { rows } = await db.query<SessionRow & { token_expires_at: Date; retired_at: Date | null }>(
        `SELECT ${SESSION_COLUMNS}, t.expires_at AS token_expires_at, t.retired_at
         FROM identity_refresh_tokens t JOIN identity_sessions s ON s.session_id = t.session_id
         WHERE t.token_digest = $1 FOR UPDATE OF t, s`,
        [digestOf(refreshToken)],
      );
      const row = rows[0];
      if (!row) return { kind: 'invalid', session: null };
      const session = toSession(row);
      accept(session);
      if (row.ended_at !== null) return { kind: 'invalid', session };
      if (row.retired_at !== null) return { kind: 'reused', session, revoked: await this.endWith(db, [session.sessionId], 'refresh-token-reused') };
      const now = Date.now();
      if (row.token_expires_at.getTime() <= now || row.expires_at.getTime() <= now) return { kind: 'invalid', session };
      await db.query('UPDATE identity_refresh_tokens SET retired_at = now() WHERE token_digest = $1', [digestOf(refreshToken)]);
      const { rows: seen } = await db.query<{ last_seen_at: Date }>(
        'UPDATE identity_sessions SET last_seen_at = now(), device = coalesce($2, device), address = coalesce($3, address) WHERE session_id = $1 RETURNING last_seen_at',
        [session.sessionId, client.device, client.address],
      );
      const refreshed = { ...session, lastSeenAt: seen[0].last_seen_at, device: client.device ?? session.device, address: client.address ?? session.address };
      return { kind: 'rotated', session: refreshed, refresh: await this.issueRefresh(db, refreshed) };
    });
  }

  async byId(sessionId: string): Promise<(OpenSession & { ended: boolean }) | null> {
    const { rows } = await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM identity_sessions s WHERE s.session_id = $1`, [sessionId]);
    return rows[0] ? { ...toSession(rows[0]), ended: rows[0].ended_at !== null } : null;
  }

  /** The person's sessions not ended and not expired, most recently seen first. */
  async openOf(personId: string): Promise<OpenSession[]> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM identity_sessions s WHERE s.person_id = $1 AND s.ended_at IS NULL AND s.expires_at > now() ORDER BY s.last_seen_at DESC`,
      [personId],
    );
    return rows.map(toSession);
  }

  /** Ends these sessions (those still open) and revokes their access tokens; returns the revocations written. */
  async end(sessionIds: readonly string[], reason: EndReason, db?: Queryable): Promise<Revocation[]> {
    if (db) return this.endWith(db, sessionIds, reason);
    return inTransaction(this.pool, (client) => this.endWith(client, sessionIds, reason));
  }

  /** Ends every open session of the person but `except`; returns the revocations written. */
  async endAllOf(personId: string, reason: EndReason, except?: string, db?: Queryable): Promise<Revocation[]> {
    const work = async (client: Queryable) => {
      const { rows } = await client.query<{ session_id: string }>('SELECT session_id FROM identity_sessions WHERE person_id = $1 AND ended_at IS NULL AND session_id IS DISTINCT FROM $2', [
        personId,
        except ?? null,
      ]);
      return this.endWith(client, rows.map((row) => row.session_id), reason);
    };
    return db ? work(db) : inTransaction(this.pool, work);
  }

  /** Every session of the person, open or not, for revoking them before the rows are deleted. */
  async allOf(db: Queryable, personId: string): Promise<string[]> {
    const { rows } = await db.query<{ session_id: string }>('SELECT session_id FROM identity_sessions WHERE person_id = $1', [personId]);
    return rows.map((row) => row.session_id);
  }

  private async endWith(db: Queryable, sessionIds: readonly string[], reason: EndReason): Promise<Revocation[]> {
    if (sessionIds.length === 0) return [];
    const { rows } = await db.query<{ session_id: string }>(
      'UPDATE identity_sessions SET ended_at = now(), end_reason = $2 WHERE session_id = ANY($1::uuid[]) AND ended_at IS NULL RETURNING session_id',
      [sessionIds, reason],
    );
    return revocations.ofSessions(db, rows.map((row) => row.session_id));
  }

  private async issueRefresh(db: PoolClient, session: OpenSession): Promise<IssuedRefresh> {
    const refreshToken = newRefreshToken();
    const { rows } = await db.query<{ expires_at: Date }>(
      `INSERT INTO identity_refresh_tokens (token_digest, session_id, expires_at) VALUES ($1, $2, least(now() + make_interval(secs => $3), $4)) RETURNING expires_at`,
      [digestOf(refreshToken), session.sessionId, REFRESH_TOKEN_TTL_SECONDS, session.expiresAt],
    );
    return { refreshToken, refreshTokenExpiresAt: rows[0].expires_at };
  }
}
