import { VOLUNTEER_NUMBER_PATTERN, volunteerNumber, volunteerNumberPrefix } from './volunteer-number';

describe('readable volunteer numbers', () => {
  it('are a community prefix and the registration sequence, six digits at least', () => {
    const prefix = volunteerNumberPrefix('c-1');
    expect(volunteerNumber('c-1', 1)).toBe(`${prefix}-000001`);
    expect(volunteerNumber('c-1', 123)).toBe(`${prefix}-000123`);
    expect(volunteerNumber('c-1', 1234567)).toBe(`${prefix}-1234567`);
    expect(volunteerNumber('c-1', 42)).toMatch(VOLUNTEER_NUMBER_PATTERN);
  });

  it('derive the same prefix from the same community every time, three letters without I or O', () => {
    expect(volunteerNumberPrefix('0f6b2c1e-7d3a-4e59-9b8a-2d1c3e4f5a6b')).toBe(volunteerNumberPrefix('0f6b2c1e-7d3a-4e59-9b8a-2d1c3e4f5a6b'));
    const prefixes = Array.from({ length: 200 }, (_, index) => volunteerNumberPrefix(`community-${index}`));
    for (const prefix of prefixes) expect(prefix).toMatch(/^[A-HJ-NP-Z]{3}$/);
    expect(new Set(prefixes).size).toBeGreaterThan(190);
  });

  it('start at 1', () => {
    expect(() => volunteerNumber('c-1', 0)).toThrow(RangeError);
    expect(() => volunteerNumber('c-1', 1.5)).toThrow(RangeError);
  });
});
