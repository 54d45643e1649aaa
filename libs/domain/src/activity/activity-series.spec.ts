import { activitySeriesDecider, occurrenceStarts, shanghaiDay, type SeriesTemplate } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(activitySeriesDecider);

describe('activity series', () => {
  describe('their occurrences', () => {
    it('fall every second Saturday at 09:00 in Shanghai, the first included', () => {
      const starts = occurrenceStarts('FREQ=MONTHLY;BYDAY=2SA', new Date('2026-01-10T09:00:00+08:00'), 12);
      expect(starts.map((start) => shanghaiDay(start))).toEqual([
        '2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13',
        '2026-07-11', '2026-08-08', '2026-09-12', '2026-10-10', '2026-11-14', '2026-12-12',
      ]);
      expect(starts.every((start) => start.getUTCHours() === 1 && start.getUTCMinutes() === 0)).toBe(true);
    });

    it('keep the Shanghai day across UTC midnight (07:30 in Shanghai is the evening before in UTC)', () => {
      const starts = occurrenceStarts('FREQ=WEEKLY;BYDAY=MO', new Date('2026-03-02T07:30:00+08:00'), 3);
      expect(starts.map((start) => start.toISOString())).toEqual(['2026-03-01T23:30:00.000Z', '2026-03-08T23:30:00.000Z', '2026-03-15T23:30:00.000Z']);
    });

    it('refuse a rule that is not one, or that brings its own start, count or end', () => {
      const first = new Date('2026-01-10T09:00:00+08:00');
      for (const rule of ['', 'EVERY SATURDAY', 'FREQ=MONTHLY;BYDAY=2SA;COUNT=3', 'FREQ=MONTHLY;UNTIL=20270101T000000Z', 'DTSTART:20260110T090000Z\nRRULE:FREQ=MONTHLY', 'FREQ=SECONDLY']) {
        expect(() => occurrenceStarts(rule, first, 3)).toThrow(expect.objectContaining({ code: 'INVALID_SERIES_RULE' }));
      }
      expect(() => occurrenceStarts('FREQ=MONTHLY;BYDAY=2SA', first, 0)).toThrow(expect.objectContaining({ code: 'INVALID_SERIES_RULE' }));
      expect(() => occurrenceStarts('FREQ=MONTHLY;BYDAY=2SA', first, 61)).toThrow(expect.objectContaining({ code: 'INVALID_SERIES_RULE' }));
    });

    it('refuse a first occurrence the rule does not fall on', () => {
      // 2026-01-17 is the third Saturday.
      expect(() => occurrenceStarts('FREQ=MONTHLY;BYDAY=2SA', new Date('2026-01-17T09:00:00+08:00'), 3)).toThrow(expect.objectContaining({ code: 'SERIES_START_NOT_IN_RULE' }));
    });
  });

  describe('planning', () => {
    const template: SeriesTemplate = { title: '党员服务日', category: 'environment', communityId: 'c-1', teamId: null, place: '广场', capacity: null };
    const occurrences = [{ activityId: 'a-1', startsAt: '2026-01-10T01:00:00.000Z', endsAt: '2026-01-10T03:30:00.000Z' }];
    const plan = { type: 'PlanSeries' as const, seriesId: 's-1', rule: 'FREQ=MONTHLY;BYDAY=2SA', template, occurrences };
    const planned = { type: 'ActivitySeriesPlanned' as const, data: { seriesId: 's-1', rule: 'FREQ=MONTHLY;BYDAY=2SA', template, occurrences } };

    it('records the rule and every occurrence, once', () => {
      spec.given([]).when(plan).then([planned]);
      spec.given([planned]).when(plan).thenThrows('SERIES_ALREADY_EXISTS', { seriesId: 's-1' });
    });
  });
});
