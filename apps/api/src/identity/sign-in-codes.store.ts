import type { SignInCodePurpose } from '@shiji/domain';
import type { Queryable } from '@shiji/postgres';
import { digestOf, normalizeCode } from './secrets';

/** PostgreSQL's unique_violation: the new code's digest is already in the table. */
const UNIQUE_VIOLATION = '23505';
/** Redraws before giving up; with 10^8 activation codes a collision is already rare. */
const DRAWS = 5;

/** identity_sign_in_codes: one-time codes, kept as digests, each for one person. */
export const signInCodes = {
  /**
   * Replaces the person's unused codes with a new one drawn by `draw`, inside
   * the caller's transaction (`db` is its client). The insert runs under a
   * savepoint, so a digest already taken (by any code, used or not) redraws
   * without spoiling that transaction.
   */
  async issue(db: Queryable, personId: string, purpose: SignInCodePurpose, expiresAt: Date, draw: () => string): Promise<string> {
    await db.query('DELETE FROM identity_sign_in_codes WHERE person_id = $1 AND used_at IS NULL', [personId]);
    for (let attempt = 1; ; attempt += 1) {
      const code = draw();
      await db.query('SAVEPOINT issue_code');
      try {
        await db.query('INSERT INTO identity_sign_in_codes (code_digest, person_id, purpose, expires_at) VALUES ($1, $2, $3, $4)', [digestOf(normalizeCode(code)), personId, purpose, expiresAt]);
        await db.query('RELEASE SAVEPOINT issue_code');
        return code;
      } catch (error) {
        await db.query('ROLLBACK TO SAVEPOINT issue_code');
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= DRAWS) throw error;
      }
    }
  },

  /** Uses the code if it is unused, unexpired and for the account with this phone; null for anything else. */
  async consume(db: Queryable, typedCode: string, phone: string): Promise<{ personId: string; purpose: SignInCodePurpose } | null> {
    const { rows } = await db.query<{ person_id: string; purpose: SignInCodePurpose }>(
      `UPDATE identity_sign_in_codes c SET used_at = now()
       FROM identity_accounts a
       WHERE c.code_digest = $1 AND a.person_id = c.person_id AND a.phone = $2 AND c.used_at IS NULL AND c.expires_at > now()
       RETURNING c.person_id, c.purpose`,
      [digestOf(normalizeCode(typedCode)), phone],
    );
    return rows[0] ? { personId: rows[0].person_id, purpose: rows[0].purpose } : null;
  },
};
