import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/**
 * A date and time with its offset: `Z` or `±hh:mm` (RFC 3339). A time without
 * one is refused rather than guessed: read on a server in UTC it would be 8
 * hours off Shanghai time, so the client says which it means.
 */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** An instant in the body or query: ISO 8601 date and time with an offset, e.g. 2025-03-01T09:00:00+08:00. */
export function IsInstant(): PropertyDecorator {
  const message = ({ property }: { property: string }) =>
    `${property} 须为带时区的日期时间，如 2025-03-01T09:00:00+08:00（北京时间）或 2025-03-01T01:00:00Z / ${property} must be a date and time with its offset, e.g. 2025-03-01T09:00:00+08:00 (Beijing time) or 2025-03-01T01:00:00Z`;
  return applyDecorators(IsISO8601({ strict: true }, { message }), Matches(INSTANT, { message }));
}
