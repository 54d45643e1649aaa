import jwt from 'jsonwebtoken';

export interface Caller {
  id: string;
  role: 'admin' | 'staff';
  communities: readonly string[];
}

interface Claims {
  sub?: unknown;
  role?: unknown;
  communities?: unknown;
}

/**
 * The same check as Shiji's access guard makes of a bearer token: an HS256
 * signature with the shared secret, not expired, and a role of staff or
 * admin with the communities it may act in. Null for anything else (401).
 */
export function callerFromAuthorization(header: string | undefined, secret: string): Caller | null {
  if (!header?.startsWith('Bearer ')) return null;
  let claims: Claims;
  try {
    claims = jwt.verify(header.slice('Bearer '.length), secret, { algorithms: ['HS256'] }) as Claims;
  } catch {
    return null;
  }
  if (typeof claims.sub !== 'string' || (claims.role !== 'admin' && claims.role !== 'staff')) return null;
  const communities = Array.isArray(claims.communities) ? claims.communities.filter((id): id is string => typeof id === 'string') : [];
  return { id: claims.sub, role: claims.role, communities };
}

/** An admin acts everywhere; staff only where they are granted. */
export function mayActIn(caller: Caller, communityId: string): boolean {
  return caller.role === 'admin' || caller.communities.includes(communityId);
}
