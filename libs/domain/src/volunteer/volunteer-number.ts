/**
 * Readable volunteer numbers (`K7M-000123`): a community prefix and the
 * volunteer's place in the order its community's registrations reached the
 * log. The UUID stays the internal id; the number is for people (console,
 * exports, certificates).
 *
 * The prefix is derived from the community id, so it needs no event and a
 * replay gives the same one: three letters from a 24-letter alphabet without
 * I and O (no confusion with 1 and 0). Two communities may share a prefix;
 * the sequence is per community, so a number is unique within its community.
 */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** FNV-1a, 32 bits: small, pure and the same everywhere. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function volunteerNumberPrefix(communityId: string): string {
  let hash = fnv1a(communityId);
  let prefix = '';
  for (let letter = 0; letter < 3; letter++) {
    prefix += LETTERS[hash % LETTERS.length];
    hash = Math.floor(hash / LETTERS.length);
  }
  return prefix;
}

/** The `sequence`-th volunteer registered in the community (from 1), six digits at least. */
export function volunteerNumber(communityId: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`A volunteer's sequence starts at 1, not ${sequence}`);
  return `${volunteerNumberPrefix(communityId)}-${String(sequence).padStart(6, '0')}`;
}

export const VOLUNTEER_NUMBER_PATTERN = /^[A-HJ-NP-Z]{3}-\d{6,}$/;
