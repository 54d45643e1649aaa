import type { Seeded } from './seed';
import { slotStart } from './slots';

/** The body of POST /v1/service-records: `minutes` of verified service starting at `slot` (see slots.ts). */
export function verifiedService(volunteerId: string, slot: number, minutes = 30) {
  return { volunteerId, category: 'other', startedAt: slotStart(slot), minutes, verify: true };
}

/**
 * The index-th of many such records spread over the seeded volunteers:
 * volunteer index mod n, one slot per round of volunteers, so none overlap.
 */
export function spreadVerifiedService(seeded: Seeded, firstSlot: number, index: number) {
  const volunteers = seeded.volunteerIds;
  return verifiedService(volunteers[index % volunteers.length], firstSlot + Math.floor(index / volunteers.length));
}
