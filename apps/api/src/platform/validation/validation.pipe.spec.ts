import { hasUnstorableText } from './validation.pipe';

describe('hasUnstorableText', () => {
  it('finds NUL and unpaired surrogates in strings, keys and nested values', () => {
    expect(hasUnstorableText('a\u0000b')).toBe(true);
    expect(hasUnstorableText({ name: '\uD800' })).toBe(true);
    expect(hasUnstorableText({ list: [{ '\uDC00x': 1 }] })).toBe(true);
  });

  it('accepts ordinary text, including paired surrogates', () => {
    expect(hasUnstorableText({ name: '王秀英 😀', n: 1, ok: [true, null] })).toBe(false);
  });

  it('walks deep nesting without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(hasUnstorableText(deep)).toBe(true);
  });
});
