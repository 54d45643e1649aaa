import type { Queryable } from '@shiji/postgres';
import { revocations, type Revocation } from './revocations.store';

export interface CliToken {
  tokenId: string;
  role: string;
  subject: string;
  communities: string[];
  issuedAt: Date;
  expiresAt: Date;
}

/** identity_cli_tokens: what `cli token` issued, so it can be listed and revoked. Never the token itself. */
export const cliTokens = {
  async record(db: Queryable, token: Omit<CliToken, 'issuedAt'>): Promise<void> {
    await db.query('INSERT INTO identity_cli_tokens (token_id, role, subject, communities, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      token.tokenId,
      token.role,
      token.subject,
      token.communities,
      token.expiresAt,
    ]);
  },

  /** Tokens neither expired nor revoked, newest first. */
  async live(db: Queryable): Promise<CliToken[]> {
    const { rows } = await db.query<{ token_id: string; role: string; subject: string; communities: string[]; issued_at: Date; expires_at: Date }>(
      'SELECT token_id, role, subject, communities, issued_at, expires_at FROM identity_cli_tokens WHERE revoked_at IS NULL AND expires_at > now() ORDER BY issued_at DESC',
    );
    return rows.map((row) => ({ tokenId: row.token_id, role: row.role, subject: row.subject, communities: row.communities, issuedAt: row.issued_at, expiresAt: row.expires_at }));
  },

  /** Revokes a live token; null when there is no such live token. */
  async revoke(db: Queryable, tokenId: string): Promise<Revocation | null> {
    const { rows } = await db.query<{ expires_at: Date }>('UPDATE identity_cli_tokens SET revoked_at = now() WHERE token_id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING expires_at', [
      tokenId,
    ]);
    return rows[0] ? revocations.ofToken(db, tokenId, rows[0].expires_at) : null;
  },

  /** Revokes every live token naming this subject (an erased volunteer's). */
  async revokeSubject(db: Queryable, role: string, subject: string): Promise<Revocation[]> {
    const { rows } = await db.query<{ token_id: string; expires_at: Date }>(
      'UPDATE identity_cli_tokens SET revoked_at = now() WHERE role = $1 AND subject = $2 AND revoked_at IS NULL AND expires_at > now() RETURNING token_id, expires_at',
      [role, subject],
    );
    const revoked: Revocation[] = [];
    for (const row of rows) revoked.push(await revocations.ofToken(db, row.token_id, row.expires_at));
    return revoked;
  },
};
