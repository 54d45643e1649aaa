import { createHash, createHmac } from 'node:crypto';
import type { CertifiedRecord } from './certified-service';

/**
 * SHA-256 over a canonical form of what a certificate certifies: the
 * volunteer, the year and every counted record with its minutes, activity
 * and category, sorted by record id. Any correction, verification or new
 * record of that year changes it; the order records are read in does not.
 */
export function certificateDigest(volunteerId: string, year: number, records: readonly CertifiedRecord[]): string {
  const canonical = [...records]
    .sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0))
    .map((record) => [record.recordId, record.minutes, record.activityId, record.category]);
  return createHash('sha256').update(JSON.stringify(['shiji-certificate/v1', volunteerId, year, canonical])).digest('hex');
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed in is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARACTERS = 16;

export interface CodeInput {
  digest: string;
  volunteerId: string;
  communityId: string;
  /** The Shanghai day of issue: a certificate issued again the same day for the same records gets the same code. */
  issuedOn: string;
}

/**
 * The verification code: an HMAC under the instance's key, so codes cannot
 * be guessed or forged, shortened to 80 bits and grouped for reading,
 * e.g. 7K2Q-M9XD-4TBN-QH3V.
 */
export function certificateCode(key: Buffer, input: CodeInput): string {
  const mac = createHmac('sha256', key).update(JSON.stringify([input.digest, input.volunteerId, input.communityId, input.issuedOn])).digest();
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of mac) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < CODE_CHARACTERS) {
      bits -= 5;
      code += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
    if (code.length === CODE_CHARACTERS) break;
  }
  return grouped(code);
}

/** A code as people type it (any case, with or without dashes) in its canonical form; null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== CODE_CHARACTERS || [...compact].some((character) => !ALPHABET.includes(character))) return null;
  return grouped(compact);
}

function grouped(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
