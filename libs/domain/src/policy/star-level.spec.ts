import { DEFAULT_CARD_LEVEL, DEFAULT_THRESHOLD_HOURS, isStarLevel, nextStarLevel, starLevelFor } from '@shiji/domain';

const hours = (h: number, m = 0) => h * 60 + m;

describe('star levels follow lifetime verified hours', () => {
  it('defaults to the national standard: 100, 300, 600, 1000 and 1500 hours; the card at ★★★★★', () => {
    expect(DEFAULT_THRESHOLD_HOURS).toEqual([100, 300, 600, 1000, 1500]);
    expect(DEFAULT_CARD_LEVEL).toBe(5);
  });

  it.each([
    [hours(0), 0],
    [hours(99, 59), 0],
    [hours(100), 1],
    [hours(299, 59), 1],
    [hours(300), 2],
    [hours(599, 59), 2],
    [hours(600), 3],
    [hours(999, 59), 3],
    [hours(1000), 4],
    [hours(1499), 4],
    [hours(1499, 59), 4],
    [hours(1500), 5],
    [hours(10000), 5],
  ])('%p minutes is %p stars', (minutes, stars) => {
    expect(starLevelFor(minutes, DEFAULT_THRESHOLD_HOURS)).toBe(stars);
  });

  it('an account that owes (negative lifetime after a correction) has no star', () => {
    expect(starLevelFor(-60, DEFAULT_THRESHOLD_HOURS)).toBe(0);
  });

  it('follows the thresholds it is given', () => {
    const byServices = [10, 20, 30, 40, 50];
    expect(starLevelFor(hours(29, 59), byServices)).toBe(2);
    expect(starLevelFor(hours(30), byServices)).toBe(3);
  });

  describe('nextStarLevel tells the minutes still to go', () => {
    it.each([
      [hours(0), { level: 1, minutesToGo: 6000 }],
      [hours(99, 59), { level: 1, minutesToGo: 1 }],
      [hours(100), { level: 2, minutesToGo: 12000 }],
      [hours(1000), { level: 5, minutesToGo: 30000 }],
      [hours(1499), { level: 5, minutesToGo: 60 }],
      [hours(1499, 59), { level: 5, minutesToGo: 1 }],
    ])('at %p minutes: %o', (minutes, next) => {
      expect(nextStarLevel(minutes, DEFAULT_THRESHOLD_HOURS)).toEqual(next);
    });

    it('has nothing further at ★★★★★', () => {
      expect(nextStarLevel(hours(1500), DEFAULT_THRESHOLD_HOURS)).toBeNull();
      expect(nextStarLevel(hours(5000), DEFAULT_THRESHOLD_HOURS)).toBeNull();
    });
  });

  it.each([0, 1, 5])('%p is a star level', (value) => expect(isStarLevel(value)).toBe(true));
  it.each([-1, 6, 2.5, '5', null])('%p is not', (value) => expect(isStarLevel(value)).toBe(false));
});
