import type { StoredEvent } from '@shiji/event-store';
import { ProblemError } from '../../platform/errors/problem.error';
import { INSTANT } from '../../platform/validation/is-instant.decorator';

/** A moment in the history: a global position, an instant (compared with metadata.occurredAt), or now. */
export type AsOf = { kind: 'position'; position: number } | { kind: 'time'; time: Date } | { kind: 'now' };

/** `asOf` is a position (digits), an ISO 8601 instant, or `now`/absent. */
export function parseAsOf(value: string | undefined): AsOf {
  if (value === undefined || value === '' || value === 'now') return { kind: 'now' };
  if (/^\d{1,15}$/.test(value)) return { kind: 'position', position: Number(value) };
  const time = INSTANT.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(time.getTime())) {
    throw new ProblemError({
      code: 'VALIDATION_FAILED',
      status: 400,
      title: {
        zh: 'asOf 须为日志位置，或带时区的日期时间（如 2025-03-01T09:00:00+08:00）',
        en: 'asOf must be a log position, or a date and time with its offset (e.g. 2025-03-01T09:00:00+08:00)',
      },
    });
  }
  return { kind: 'time', time };
}

/** Whether the event had happened by that moment. */
export function happenedBy(asOf: AsOf, event: StoredEvent): boolean {
  switch (asOf.kind) {
    case 'now':
      return true;
    case 'position':
      return event.position <= asOf.position;
    case 'time':
      return Date.parse(event.metadata.occurredAt) <= asOf.time.getTime();
  }
}
