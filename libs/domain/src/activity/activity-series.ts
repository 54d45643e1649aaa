import { RRule } from 'rrule';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { ServiceCategory } from './service-category';

export const activitySeriesStream = (seriesId: string): string => `series-${seriesId}`;

/** The most occurrences one series plans ahead: five years of a monthly service day. */
export const MAX_OCCURRENCES = 60;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FREQUENCIES = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

/** What every occurrence of a series has in common. */
export interface SeriesTemplate {
  title: string;
  category: ServiceCategory;
  communityId: string;
  teamId: string | null;
  place: string;
  capacity: number | null;
}

export interface Occurrence {
  activityId: string;
  startsAt: string;
  endsAt: string;
}

export type ActivitySeriesEvent = {
  type: 'ActivitySeriesPlanned';
  /** `rule`: the RFC 5545 recurrence, in Shanghai time from the first occurrence. Each occurrence is an activity of its own. */
  data: { seriesId: string; rule: string; template: SeriesTemplate; occurrences: Occurrence[] };
};

export type ActivitySeriesCommand = { type: 'PlanSeries'; seriesId: string; rule: string; template: SeriesTemplate; occurrences: Occurrence[] };

export type ActivitySeries = { exists: false } | { exists: true; seriesId: string; communityId: string; occurrences: readonly Occurrence[] };

/**
 * When a series' occurrences start: `rule` (an RRULE without DTSTART, COUNT
 * or UNTIL, e.g. `FREQ=MONTHLY;BYDAY=2SA` for every second Saturday) read in
 * Shanghai wall-clock time from `first`, `count` of them. Shanghai keeps no
 * daylight saving, so a wall-clock time is the instant 8 hours earlier in UTC.
 */
export function occurrenceStarts(rule: string, first: Date, count: number): Date[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_OCCURRENCES) throw new DomainError('INVALID_SERIES_RULE', { rule, count, max: MAX_OCCURRENCES });
  let options;
  try {
    options = RRule.parseString(rule);
  } catch {
    throw new DomainError('INVALID_SERIES_RULE', { rule });
  }
  if (options.freq === undefined || !FREQUENCIES.has(options.freq) || options.dtstart || options.count || options.until) throw new DomainError('INVALID_SERIES_RULE', { rule });
  const wallClock = new Date(first.getTime() + SHANGHAI_OFFSET_MS);
  const starts = new RRule({ ...options, dtstart: wallClock, count }).all().map((start) => new Date(start.getTime() - SHANGHAI_OFFSET_MS));
  // A rule the first occurrence does not fit would silently start elsewhere: the first must be its first.
  if (starts.length === 0 || starts[0].getTime() !== first.getTime()) throw new DomainError('SERIES_START_NOT_IN_RULE', { rule, startsAt: first.toISOString() });
  return starts;
}

export const activitySeriesDecider: Decider<ActivitySeriesCommand, ActivitySeriesEvent, ActivitySeries> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'PlanSeries':
        if (state.exists) throw new DomainError('SERIES_ALREADY_EXISTS', { seriesId: command.seriesId });
        return [{ type: 'ActivitySeriesPlanned', data: { seriesId: command.seriesId, rule: command.rule, template: command.template, occurrences: command.occurrences } }];
      default:
        return assertNever(command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ActivitySeriesPlanned':
        return { exists: true, seriesId: event.data.seriesId, communityId: event.data.template.communityId, occurrences: event.data.occurrences };
      default:
        return assertNever(event.type);
    }
  },
};
