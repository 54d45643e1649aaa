/**
 * Days, months and years are counted in Asia/Shanghai. China has kept UTC+8
 * without daylight saving since 1991, so a fixed offset is exact for any
 * service this product records.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the Shanghai calendar day containing the instant. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function shanghaiYear(instant: Date): number {
  return Number(shanghaiDay(instant).slice(0, 4));
}

/** `YYYY-MM` of the Shanghai month containing the instant. */
export function shanghaiMonth(instant: Date): string {
  return shanghaiDay(instant).slice(0, 7);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

/** The minutes of [start, start + minutes) falling on each Shanghai day. */
export function minutesPerShanghaiDay(start: Date, minutes: number): Map<string, number> {
  const perDay = new Map<string, number>();
  const startMs = start.getTime();
  // Rounded from the start, not per slice, so a start with seconds never adds or loses a minute: the days sum to `minutes`.
  const servedBy = (instantMs: number) => Math.round((instantMs - startMs) / MINUTE_MS);
  let cursor = startMs;
  const end = cursor + minutes * MINUTE_MS;
  while (cursor < end) {
    const shanghai = cursor + OFFSET_MS;
    const nextMidnight = shanghai - (shanghai % DAY_MS) + DAY_MS - OFFSET_MS;
    const sliceEnd = Math.min(end, nextMidnight);
    const day = shanghaiDay(new Date(cursor));
    const share = servedBy(sliceEnd) - servedBy(cursor);
    if (share > 0) perDay.set(day, (perDay.get(day) ?? 0) + share);
    cursor = sliceEnd;
  }
  return perDay;
}

/** Whole years from a birth date (YYYY-MM-DD) to the Shanghai day of `instant`: 60 on the 60th birthday. */
export function ageOn(birthDate: string, instant: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const [nowYear, nowMonth, nowDay] = shanghaiDay(instant).split('-').map(Number);
  const beforeBirthday = nowMonth < month || (nowMonth === month && nowDay < day);
  return nowYear - year - (beforeBirthday ? 1 : 0);
}
