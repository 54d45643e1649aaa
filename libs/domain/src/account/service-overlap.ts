import { shanghaiDay } from '../shared/shanghai-time';
import type { TimeAccount } from './account.state';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The id of a record whose time intersects [startMs, startMs + minutes), if
 * any. A record lasts at most a day, so only records that started on the day
 * before the interval through the day it ends can intersect it.
 */
export function findOverlappingRecord(account: TimeAccount, startMs: number, minutes: number, ignoreRecordId?: string): string | null {
  const endMs = startMs + minutes * MINUTE_MS;
  for (let dayStart = startMs - DAY_MS; dayStart < endMs + DAY_MS; dayStart += DAY_MS) {
    for (const recordId of account.recordsByStartDay.get(shanghaiDay(new Date(dayStart))) ?? []) {
      if (recordId === ignoreRecordId) continue;
      const other = account.records.get(recordId);
      if (!other || other.minutes === 0 || other.rejected) continue;
      const otherEnd = other.startedAtMs + other.minutes * MINUTE_MS;
      if (other.startedAtMs < endMs && startMs < otherEnd) return recordId;
    }
  }
  return null;
}
