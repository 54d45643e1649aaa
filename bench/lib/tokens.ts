import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';

/** Signs an access token the api accepts (same claims as TokenService.issue). */
export function signToken(secret: string, role: 'admin' | 'staff', communities: readonly string[] = []): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims = { sub: `bench-${role}`, role, communities: [...communities], jti: randomUUID(), iat, exp: iat + 6 * 3600 };
  return jwt.sign(claims, secret, { algorithm: 'HS256', noTimestamp: true });
}
