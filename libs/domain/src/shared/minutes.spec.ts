import { isWholeMinutes, MAX_MINUTES_PER_DAY, MAX_MINUTES_PER_RECORD } from '@shiji/domain';

describe('service time is whole minutes', () => {
  it('one record and one day both hold at most 24 hours', () => {
    expect(MAX_MINUTES_PER_RECORD).toBe(1440);
    expect(MAX_MINUTES_PER_DAY).toBe(1440);
  });

  it.each([1, 60, 1440])('%p minutes is a valid record length', (minutes) => {
    expect(isWholeMinutes(minutes, 1, MAX_MINUTES_PER_RECORD)).toBe(true);
  });

  it.each([0, -1, 1441, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY])('%p is not', (minutes) => {
    expect(isWholeMinutes(minutes, 1, MAX_MINUTES_PER_RECORD)).toBe(false);
  });
});
