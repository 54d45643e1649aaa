import { hoursReport, type HoursLine } from '@shiji/domain';

const line = (communityId: string, teamId: string | null, unitId: string | null, category: string, minutes: number, records = 1): HoursLine => ({ communityId, teamId, unitId, category, minutes, records });

describe('the hours report of a month', () => {
  it('sums by community, team, unit and category, with no team or unit under "-"', () => {
    const report = hoursReport('2026-03', [
      line('c-a', 't-1', 'u-1', 'elderly_care', 120),
      line('c-a', 't-1', 'u-1', 'elderly_care', 60),
      line('c-a', null, 'u-2', 'tutoring', 90),
      line('c-b', 't-2', null, 'environment', 30),
    ]);
    expect(report.lines).toEqual([
      line('c-a', null, 'u-2', 'tutoring', 90),
      line('c-a', 't-1', 'u-1', 'elderly_care', 180, 2),
      line('c-b', 't-2', null, 'environment', 30),
    ]);
    expect(report.byCommunity).toEqual({ 'c-a': 270, 'c-b': 30 });
    expect(report.byTeam).toEqual({ '-': 90, 't-1': 180, 't-2': 30 });
    expect(report.byUnit).toEqual({ '-': 30, 'u-1': 180, 'u-2': 90 });
    expect(report.byCategory).toEqual({ elderly_care: 180, environment: 30, tutoring: 90 });
    expect(report.total).toEqual({ minutes: 300, records: 4 });
  });

  it('is empty for a month without service', () => {
    expect(hoursReport('2026-04', [])).toEqual({ month: '2026-04', lines: [], byCommunity: {}, byTeam: {}, byUnit: {}, byCategory: {}, total: { minutes: 0, records: 0 } });
  });
});
