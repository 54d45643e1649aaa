import type { Role } from './role';

/** Who is calling: taken from a verified token, never from the request body. */
export interface Actor {
  id: string;
  role: Role;
  /** The communities the actor is scoped to (staff, volunteer); admin and auditor span all. */
  communities: readonly string[];
  /** The token's jti, so one token can be traced or revoked. */
  tokenId: string;
}
