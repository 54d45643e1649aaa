import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { shanghaiMonth } from '../shared/shanghai-time';

/** One stream per unit and month: two closings of the same month race for its first revision, and one of them finds it closed. */
export const monthlyRecordStream = (unitId: string, month: string): string => `monthly-record-${unitId}-${month}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The Shanghai month before `month` (`YYYY-MM`). */
export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** The first instant after a Shanghai month: midnight of the next month's first day, UTC+8. */
export function monthEnd(month: string): Date {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 1) - 8 * 60 * 60 * 1000);
}

/** What a unit's members did in one month: the part of a record later corrections can change. */
export interface ServiceTotals {
  minutes: number;
  minutesByCategory: Record<string, number>;
  minutesByCommunity: Record<string, number>;
  activitiesJoined: number;
  requestsResolved: number;
  /** Projects of the menu the unit provides that an activity of the month delivered. */
  projectsDelivered: number;
}

/** A unit's factual record of a month (写实性档案). */
export interface MonthlyTotals extends ServiceTotals {
  /** Volunteers naming the unit at the month's end. */
  members: number;
  /** Of them, in-service Party members reported in to the community where they live. */
  membersReportedIn: number;
}

/** A change to an earlier, closed month, found when a later month closes: shown there, flagged, never written back. */
export interface MonthlyAdjustment {
  month: string;
  delta: ServiceTotals;
  flagged: true;
}

export const NO_SERVICE: ServiceTotals = { minutes: 0, minutesByCategory: {}, minutesByCommunity: {}, activitiesJoined: 0, requestsResolved: 0, projectsDelivered: 0 };

function combineCounts(a: Record<string, number>, b: Record<string, number>, sign: 1 | -1): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + sign * value;
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== 0).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

export function addService(a: ServiceTotals, b: ServiceTotals, sign: 1 | -1 = 1): ServiceTotals {
  return {
    minutes: a.minutes + sign * b.minutes,
    minutesByCategory: combineCounts(a.minutesByCategory, b.minutesByCategory, sign),
    minutesByCommunity: combineCounts(a.minutesByCommunity, b.minutesByCommunity, sign),
    activitiesJoined: a.activitiesJoined + sign * b.activitiesJoined,
    requestsResolved: a.requestsResolved + sign * b.requestsResolved,
    projectsDelivered: a.projectsDelivered + sign * b.projectsDelivered,
  };
}

export function isNoChange(totals: ServiceTotals): boolean {
  return totals.minutes === 0 && totals.activitiesJoined === 0 && totals.requestsResolved === 0 && totals.projectsDelivered === 0
    && Object.keys(totals.minutesByCategory).length === 0 && Object.keys(totals.minutesByCommunity).length === 0;
}

/**
 * The adjustment an earlier month needs: what the views say of it now, less
 * what was published (its closing plus the adjustments already shown since).
 * Null when nothing changed.
 */
export function adjustmentFor(month: string, now: ServiceTotals, published: ServiceTotals): MonthlyAdjustment | null {
  const delta = addService(now, published, -1);
  return isNoChange(delta) ? null : { month, delta, flagged: true };
}

export type MonthlyRecordEvent = {
  type: 'MonthlyRecordClosed';
  data: { unitId: string; communityId: string; month: string; totals: MonthlyTotals; adjustments: MonthlyAdjustment[] };
};

export interface CloseMonthlyRecord {
  type: 'CloseMonthlyRecord';
  unitId: string;
  communityId: string;
  month: string;
  totals: MonthlyTotals;
  adjustments: MonthlyAdjustment[];
  /** The clock, as input: a month closes only once it is over. */
  now: Date;
}

export type MonthlyRecord = { closed: false } | { closed: true; unitId: string; communityId: string; month: string };

export const monthlyRecordDecider: Decider<CloseMonthlyRecord, MonthlyRecordEvent, MonthlyRecord> = {
  initialState: () => ({ closed: false }),
  communityOf: (event) => event.data.communityId,
  decide(command, state) {
    if (!isMonth(command.month)) throw new DomainError('INVALID_MONTH', { month: command.month });
    if (command.now < monthEnd(command.month)) throw new DomainError('MONTH_NOT_OVER', { month: command.month, current: shanghaiMonth(command.now) });
    // A month closes once: closing it again (another instance, an admin's re-run) changes nothing.
    if (state.closed) return [];
    const { unitId, communityId, month, totals, adjustments } = command;
    return [{ type: 'MonthlyRecordClosed', data: { unitId, communityId, month, totals, adjustments } }];
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'MonthlyRecordClosed':
        return { closed: true, unitId: event.data.unitId, communityId: event.data.communityId, month: event.data.month };
      default:
        return assertNever(event.type);
    }
  },
};
