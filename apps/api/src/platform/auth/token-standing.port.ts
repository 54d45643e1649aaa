import type { Actor } from './actor';

/**
 * What the access guard asks about a verified token beyond its signature and
 * expiry, from state the token cannot carry: whether its session (or the
 * token itself) still stands, and whether its volunteer is suspended now.
 * Identity implements it; with no provider every verified token stands.
 */
export interface TokenStanding {
  /** False once the token's session ended or the token was revoked: at once in the instance that did it, within a second in every other. */
  stands(actor: Actor): Promise<boolean>;
  /** True while the volunteer is suspended. */
  isSuspended(volunteerId: string): Promise<boolean>;
}

export const TOKEN_STANDING = Symbol('TOKEN_STANDING');
