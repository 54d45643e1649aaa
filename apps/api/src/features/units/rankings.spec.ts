import { secondSaturday } from './rankings';

describe('the Party member service day', () => {
  it('is the second Saturday of the month', () => {
    expect(secondSaturday(2025, 1)).toBe('2025-01-11');
    // A month that begins on a Saturday.
    expect(secondSaturday(2025, 2)).toBe('2025-02-08');
    // One that begins on a Sunday.
    expect(secondSaturday(2026, 3)).toBe('2026-03-14');
    expect(secondSaturday(2026, 12)).toBe('2026-12-12');
  });
});
