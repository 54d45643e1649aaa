import { isRole, type Role } from './role';

/** The claims of an access token (HS256 JWT). */
export interface TokenClaims {
  sub: string;
  role: Role;
  communities: string[];
  jti: string;
  /** The session of a signed-in person; absent in CLI tokens. */
  sid?: string;
  /** Seconds since the epoch. */
  exp: number;
  iat?: number;
}

/** Checks a verified payload's shape: a well-signed token with the wrong shape is still refused. */
export function isTokenClaims(payload: unknown): payload is TokenClaims {
  if (typeof payload !== 'object' || payload === null) return false;
  const claims = payload as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    claims.sub.length > 0 &&
    isRole(claims.role) &&
    Array.isArray(claims.communities) &&
    claims.communities.every((community) => typeof community === 'string' && community.length > 0) &&
    typeof claims.jti === 'string' &&
    claims.jti.length > 0 &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp) &&
    (claims.sid === undefined || (typeof claims.sid === 'string' && claims.sid.length > 0))
  );
}
