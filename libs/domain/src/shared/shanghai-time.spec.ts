import { addMinutes, ageOn, minutesPerShanghaiDay, shanghaiDay, shanghaiMonth, shanghaiYear } from '@shiji/domain';

const at = (iso: string) => new Date(iso);

describe('Asia/Shanghai calendar (UTC+8, no daylight saving)', () => {
  describe('a Shanghai day starts at 16:00 UTC of the day before', () => {
    it.each([
      ['2026-03-01T15:59:59.999Z', '2026-03-01'],
      ['2026-03-01T16:00:00.000Z', '2026-03-02'],
      ['2026-03-01T00:00:00.000Z', '2026-03-01'],
      ['2026-02-28T23:59:00.000Z', '2026-03-01'],
      ['2026-01-01T15:59:00.000Z', '2026-01-01'],
    ])('%s falls on Shanghai day %s', (instant, day) => {
      expect(shanghaiDay(at(instant))).toBe(day);
    });
  });

  describe('months and years turn over at Shanghai midnight, not UTC midnight', () => {
    it('the last Shanghai minute of 2025 is 2025-12-31T15:59Z', () => {
      expect(shanghaiYear(at('2025-12-31T15:59:00.000Z'))).toBe(2025);
      expect(shanghaiMonth(at('2025-12-31T15:59:00.000Z'))).toBe('2025-12');
    });

    it('2025-12-31T16:00Z is already New Year in Shanghai', () => {
      expect(shanghaiYear(at('2025-12-31T16:00:00.000Z'))).toBe(2026);
      expect(shanghaiMonth(at('2025-12-31T16:00:00.000Z'))).toBe('2026-01');
      expect(shanghaiDay(at('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    });

    it('2026-01-01T15:59Z is still New Year’s Day in Shanghai', () => {
      expect(shanghaiYear(at('2026-01-01T15:59:00.000Z'))).toBe(2026);
      expect(shanghaiDay(at('2026-01-01T15:59:00.000Z'))).toBe('2026-01-01');
    });

    it('March begins in Shanghai at 2026-02-28T16:00Z', () => {
      expect(shanghaiMonth(at('2026-02-28T15:59:00.000Z'))).toBe('2026-02');
      expect(shanghaiMonth(at('2026-02-28T16:00:00.000Z'))).toBe('2026-03');
    });
  });

  it('addMinutes moves an instant by whole minutes', () => {
    expect(addMinutes(at('2026-03-01T15:30:00.000Z'), 45).toISOString()).toBe('2026-03-01T16:15:00.000Z');
    expect(addMinutes(at('2026-03-01T15:30:00.000Z'), -30).toISOString()).toBe('2026-03-01T15:00:00.000Z');
  });

  describe('minutesPerShanghaiDay splits service at Shanghai midnight', () => {
    const perDay = (start: string, minutes: number) => Object.fromEntries(minutesPerShanghaiDay(at(start), minutes));

    it('keeps service inside one day on that day', () => {
      expect(perDay('2026-03-01T01:00:00.000Z', 90)).toEqual({ '2026-03-01': 90 });
    });

    it('splits 23:00–01:00 Shanghai time into an hour on each day', () => {
      expect(perDay('2026-03-01T15:00:00.000Z', 120)).toEqual({ '2026-03-01': 60, '2026-03-02': 60 });
    });

    it('gives a full day starting at Shanghai midnight to that day alone', () => {
      expect(perDay('2026-03-01T16:00:00.000Z', 1440)).toEqual({ '2026-03-02': 1440 });
    });

    it('splits 24 hours from Shanghai noon evenly over two days', () => {
      expect(perDay('2026-03-01T04:00:00.000Z', 1440)).toEqual({ '2026-03-01': 720, '2026-03-02': 720 });
    });

    it('does not touch the next day when the service ends exactly at midnight', () => {
      expect(perDay('2026-03-01T15:00:00.000Z', 60)).toEqual({ '2026-03-01': 60 });
    });

    it('splits across the Shanghai year end', () => {
      expect(perDay('2025-12-31T15:30:00.000Z', 60)).toEqual({ '2025-12-31': 30, '2026-01-01': 30 });
    });

    it('never hands out more or fewer minutes than were served, even from a start with seconds', () => {
      const split = minutesPerShanghaiDay(at('2026-03-01T15:59:30.000Z'), 1);
      expect([...split.values()].reduce((sum, minutes) => sum + minutes, 0)).toBe(1);
      const longer = minutesPerShanghaiDay(at('2026-03-01T15:20:30.000Z'), 125);
      expect([...longer.values()].reduce((sum, minutes) => sum + minutes, 0)).toBe(125);
    });

    it('gives nothing for no minutes', () => {
      expect(minutesPerShanghaiDay(at('2026-03-01T15:00:00.000Z'), 0).size).toBe(0);
    });
  });

  describe('age on a day', () => {
    it('is 60 from the Shanghai day of the 60th birthday on, 59 the day before', () => {
      expect(ageOn('1966-12-07', at('2026-12-06T15:59:59.000Z'))).toBe(59);
      expect(ageOn('1966-12-07', at('2026-12-06T16:00:00.000Z'))).toBe(60);
      expect(ageOn('1966-01-31', at('2026-12-31T00:00:00.000Z'))).toBe(60);
      expect(ageOn('1966-02-01', at('2026-01-31T12:00:00.000Z'))).toBe(59);
    });
  });
});
