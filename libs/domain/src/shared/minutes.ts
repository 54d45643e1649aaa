/** Service time is whole minutes; one record covers at most a day. */
export const MAX_MINUTES_PER_RECORD = 24 * 60;
export const MAX_MINUTES_PER_DAY = 24 * 60;

export function isWholeMinutes(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
