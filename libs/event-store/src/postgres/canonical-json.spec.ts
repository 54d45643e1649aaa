import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object members by UTF-16 code units at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' }, B: 2, é: 3, '10': 4, '9': 5 })).toBe(
      '{"10":4,"9":5,"B":2,"a":{"c":"x","d":[true,null]},"b":1,"é":3}',
    );
  });

  it('writes numbers and strings as ECMAScript does (RFC 8785)', () => {
    expect(canonicalJson([1e21, 1e-7, 0.1, -0, 2 ** 53, 1.5e300])).toBe('[1e+21,1e-7,0.1,0,9007199254740992,1.5e+300]');
    expect(canonicalJson('line\nquote"back\\slash\u0001 €😀')).toBe('"line\\nquote\\"back\\\\slash\\u0001 €😀"');
  });

  it('transforms values the way JSON.stringify does', () => {
    expect(canonicalJson({ at: new Date('2025-05-01T08:00:00.000Z'), missing: undefined, list: [undefined, () => 1] })).toBe(
      '{"at":"2025-05-01T08:00:00.000Z","list":[null,null]}',
    );
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ minutes: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ minutes: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ big: BigInt(1) })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('is JSON that parses back to the same value, and is stable across a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('does not depend on the order members were added in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });
});
