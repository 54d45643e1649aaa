/** Distinct, non-overlapping past start times: slot k starts k hours after 2020-01-01 (UTC). */
const ORIGIN_MS = Date.UTC(2020, 0, 1);
const SLOT_MS = 60 * 60 * 1000;

export function slotStart(slot: number): string {
  const at = ORIGIN_MS + slot * SLOT_MS;
  if (at > Date.now() - SLOT_MS) throw new Error(`slot ${slot} is not in the past`);
  return new Date(at).toISOString();
}
