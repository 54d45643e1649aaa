import type { Role } from './role';

/** Who is calling: taken from a verified token, never from the request body. */
export interface Actor {
  id: string;
  role: Role;
  /** The communities the actor is scoped to (staff, volunteer); admin and auditor span all. */
  communities: readonly string[];
  /** The token's jti, so one token can be traced or revoked. */
  tokenId: string;
  /** The session a signed-in person's token belongs to; absent for tokens the CLI issues. */
  sessionId?: string;
  /** A volunteer suspended now: they may read, not act. Set per request by the access guard, for writes. */
  suspended?: boolean;
}
