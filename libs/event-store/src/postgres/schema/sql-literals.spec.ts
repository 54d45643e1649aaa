import { inlineParameters } from './sql-literals';

describe('inlineParameters', () => {
  it('writes each kind of value as a literal, $10 not mistaken for $1', () => {
    const values = [1, null, new Date('2026-01-02T03:04:05.000Z'), 'it\'s', ['A', 'B\'C'], 6, 7, 8, 9, 10];
    expect(inlineParameters('$1 $2 $3 $4 $5 $10', values)).toBe("1 NULL '2026-01-02T03:04:05.000Z' 'it''s' ARRAY['A', 'B''C']::text[] 10");
  });

  it('quotes backslashes so they stay characters', () => {
    expect(inlineParameters('$1', ['a\\b'])).toBe(" E'a\\\\b'");
  });

  it('refuses a number that is not an integer rather than write it unquoted', () => {
    expect(() => inlineParameters('$1', [1.5])).toThrow(TypeError);
    expect(() => inlineParameters('$1', [Number.NaN])).toThrow(TypeError);
  });
});
