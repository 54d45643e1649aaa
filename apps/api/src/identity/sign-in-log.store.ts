import { Inject, Injectable } from '@nestjs/common';
import type { Queryable } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

export const SIGN_IN_LOG_KINDS = [
  'signed-in',
  'sign-in-failed',
  'sign-in-refused-locked',
  'locked',
  'unlocked',
  'activation-failed',
  'activated',
  'password-reset',
  'password-changed',
  'code-issued',
  'refresh-refused',
  'refresh-token-reused',
  'signed-out',
  'session-ended',
  'credentials-deleted',
  'token-revoked',
] as const;

export type SignInLogKind = (typeof SIGN_IN_LOG_KINDS)[number];

/** Failures that count against a client address. */
export const ADDRESS_FAILURE_KINDS: readonly SignInLogKind[] = ['sign-in-failed', 'activation-failed'];

/** One fact of the sign-in log. `detail` holds reasons and counts, never a secret or what someone typed. */
export interface SignInLogEntry {
  kind: SignInLogKind;
  personId?: string | null;
  role?: string | null;
  subject?: string | null;
  sessionId?: string | null;
  address?: string | null;
  device?: string | null;
  detail?: Record<string, unknown>;
}

export interface SignInLogRecord extends Required<Omit<SignInLogEntry, 'detail'>> {
  id: number;
  at: string;
  detail: Record<string, unknown>;
}

export interface SignInLogFilter {
  personId?: string;
  kind?: SignInLogKind;
  from?: Date;
  to?: Date;
  /** Entries older than this id (the previous page's last). */
  before?: number;
}

/** identity_sign_in_log: what auditors read at GET /v1/audit/sign-ins. */
@Injectable()
export class SignInLogStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async record(entry: SignInLogEntry, db: Queryable = this.pool): Promise<void> {
    await db.query('INSERT INTO identity_sign_in_log (kind, person_id, role, subject, session_id, address, device, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      entry.kind,
      entry.personId ?? null,
      entry.role ?? null,
      entry.subject ?? null,
      entry.sessionId ?? null,
      entry.address ?? null,
      entry.device ?? null,
      JSON.stringify(entry.detail ?? {}),
    ]);
  }

  /** Newest first. */
  async page(filter: SignInLogFilter, limit: number): Promise<SignInLogRecord[]> {
    const { rows } = await this.pool.query<{
      id: string;
      at: Date;
      kind: SignInLogKind;
      person_id: string | null;
      role: string | null;
      subject: string | null;
      session_id: string | null;
      address: string | null;
      device: string | null;
      detail: Record<string, unknown>;
    }>(
      `SELECT id, at, kind, person_id, role, subject, session_id, address, device, detail FROM identity_sign_in_log
       WHERE ($1::uuid IS NULL OR person_id = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::timestamptz IS NULL OR at >= $3)
         AND ($4::timestamptz IS NULL OR at < $4) AND ($5::bigint IS NULL OR id < $5)
       ORDER BY id DESC LIMIT $6`,
      [filter.personId ?? null, filter.kind ?? null, filter.from ?? null, filter.to ?? null, filter.before ?? null, limit],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      kind: row.kind,
      personId: row.person_id,
      role: row.role,
      subject: row.subject,
      sessionId: row.session_id,
      address: row.address,
      device: row.device,
      detail: row.detail,
    }));
  }

  /**
   * When the address may try again: null while it has made fewer than
   * `limit` failed attempts in the window, else the moment the oldest of the
   * newest `limit` leaves the window.
   */
  async addressBlockedUntil(address: string, limit: number, windowSeconds: number): Promise<Date | null> {
    const { rows } = await this.pool.query<{ until: Date }>(
      `SELECT at + make_interval(secs => $3) AS until FROM identity_sign_in_log
       WHERE address = $1 AND kind = ANY($4::text[]) AND at > now() - make_interval(secs => $3)
       ORDER BY at DESC OFFSET $2 - 1 LIMIT 1`,
      [address, limit, windowSeconds, ADDRESS_FAILURE_KINDS],
    );
    return rows[0]?.until ?? null;
  }
}
