import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A refresh token: 256 random bits, base64url. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** An invitation code: 16 Crockford base32 characters (80 bits), shown as four groups of four. */
export function newInvitationCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (const byte of bytes) code += CROCKFORD[byte & 31];
  return code.match(/.{4}/g)!.join('-');
}

/** A volunteer's activation code: 8 random digits, uniformly drawn. */
export function newActivationCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** A code as typed: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** What is stored of a code or a token: its SHA-256, never the secret itself. */
export function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
