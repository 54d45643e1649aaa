import { adjustmentFor, addService, monthEnd, monthlyRecordDecider, monthlyRecordStream, NO_SERVICE, previousMonth, type MonthlyRecordEvent, type MonthlyTotals } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(monthlyRecordDecider);

const totals: MonthlyTotals = { members: 3, membersReportedIn: 2, minutes: 120, minutesByCategory: { culture: 120 }, minutesByCommunity: { 'c-1': 120 }, activitiesJoined: 1, requestsResolved: 0, projectsDelivered: 1 };
const close = { type: 'CloseMonthlyRecord' as const, unitId: 'u-1', communityId: 'c-1', month: '2026-03', totals, adjustments: [], now: new Date('2026-04-01T00:00:00+08:00') };
const closed: MonthlyRecordEvent = { type: 'MonthlyRecordClosed', data: { unitId: 'u-1', communityId: 'c-1', month: '2026-03', totals, adjustments: [] } };

describe('monthly factual records', () => {
  it('have one stream per unit and month', () => {
    expect(monthlyRecordStream('u-1', '2026-03')).toBe('monthly-record-u-1-2026-03');
  });

  it('count months in Shanghai', () => {
    expect(monthEnd('2026-03').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(monthEnd('2026-12').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });

  it('close once the month is over, and only once', () => {
    spec.given([]).when(close).then([closed]);
    spec.given([closed]).when({ ...close, totals: { ...totals, minutes: 999 } }).then([]);
  });

  it('refuse a month still running, and a month that is not one', () => {
    spec.given([]).when({ ...close, now: new Date('2026-03-31T23:59:59+08:00') }).thenThrows('MONTH_NOT_OVER', { month: '2026-03', current: '2026-03' });
    spec.given([]).when({ ...close, month: '2026-13' }).thenThrows('INVALID_MONTH', { month: '2026-13' });
  });

  it('show a later change to a closed month as a flagged adjustment of the difference', () => {
    const published = { minutes: 120, minutesByCategory: { culture: 120 }, minutesByCommunity: { 'c-1': 120 }, activitiesJoined: 1, requestsResolved: 0, projectsDelivered: 1 };
    const now = { minutes: 90, minutesByCategory: { culture: 60, tutoring: 30 }, minutesByCommunity: { 'c-1': 90 }, activitiesJoined: 1, requestsResolved: 1, projectsDelivered: 0 };
    expect(adjustmentFor('2026-03', now, published)).toEqual({
      month: '2026-03',
      flagged: true,
      delta: { minutes: -30, minutesByCategory: { culture: -60, tutoring: 30 }, minutesByCommunity: { 'c-1': -30 }, activitiesJoined: 0, requestsResolved: 1, projectsDelivered: -1 },
    });
    expect(adjustmentFor('2026-03', published, published)).toBeNull();
    expect(addService(published, NO_SERVICE)).toEqual(published);
  });
});
