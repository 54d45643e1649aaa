import type { Actor } from './actor';
import { VerifiedTokens } from './verified-tokens';

const actor = (id: string): Actor => ({ id, role: 'staff', communities: ['c1'], tokenId: `jti-${id}` });

describe('VerifiedTokens', () => {
  it('answers for a remembered token until its end, and forgets it then', () => {
    let now = 1_000;
    const cache = new VerifiedTokens(10, () => now);
    cache.remember('t1', actor('a'), 5_000);

    expect(cache.get('t1')).toEqual(actor('a'));
    now = 4_999;
    expect(cache.get('t1')).toEqual(actor('a'));
    now = 5_000;
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('hits only on the identical token', () => {
    const cache = new VerifiedTokens(10, () => 0);
    cache.remember('header.payload.signature', actor('a'), 1_000);

    expect(cache.get('header.payload.signaturE')).toBeUndefined();
    expect(cache.get('header.payload.signature ')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the oldest token first', () => {
    const cache = new VerifiedTokens(2, () => 0);
    cache.remember('t1', actor('a'), 1_000);
    cache.remember('t2', actor('b'), 1_000);
    cache.remember('t3', actor('c'), 1_000);

    expect(cache.size).toBe(2);
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t2')?.id).toBe('b');
    expect(cache.get('t3')?.id).toBe('c');
  });

  it('hands out a frozen actor, so no request can change what the next one sees', () => {
    const cache = new VerifiedTokens(10, () => 0);
    const shared = cache.remember('t1', actor('a'), 1_000);

    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(shared.communities)).toBe(true);
    expect(cache.get('t1')).toBe(shared);
  });
});
