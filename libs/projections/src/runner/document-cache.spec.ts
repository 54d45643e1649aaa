import { DocumentCache } from './document-cache';

describe('DocumentCache', () => {
  const known = (position: number) => ({ data: { position }, position });

  it('finds what it was given, by collection and id, and says nothing of the rest', () => {
    const cache = new DocumentCache(10);
    cache.remember('accounts', 'v1', known(3), true);
    cache.remember('ledger', 'v1', { data: null, position: 0 }, true);
    expect(cache.lookup('accounts', 'v1')).toEqual(known(3));
    expect(cache.lookup('ledger', 'v1')).toEqual({ data: null, position: 0 });
    expect(cache.lookup('accounts', 'v2')).toBeUndefined();
    expect(cache.lookup('policy', 'v1')).toBeUndefined();
  });

  it('keeps the latest version of a document', () => {
    const cache = new DocumentCache(10);
    cache.remember('accounts', 'v1', known(3), true);
    cache.remember('accounts', 'v1', known(9), true);
    expect(cache.lookup('accounts', 'v1')).toEqual(known(9));
    expect(cache.size).toBe(1);
  });

  it('keeps every document until trimmed, then drops the least recently used beyond its capacity', () => {
    const cache = new DocumentCache(2);
    cache.remember('accounts', 'v1', known(1), true);
    cache.remember('accounts', 'v2', known(2), true);
    cache.remember('accounts', 'v3', known(3), true);
    expect(cache.size).toBe(3);
    cache.lookup('accounts', 'v1');
    cache.trim();
    expect(cache.size).toBe(2);
    expect(cache.lookup('accounts', 'v2')).toBeUndefined();
    expect(cache.lookup('accounts', 'v1')).toEqual(known(1));
    expect(cache.lookup('accounts', 'v3')).toEqual(known(3));
  });

  it('keeps a document only written until the next trim, and one read after it was written like any read one', () => {
    const cache = new DocumentCache(10);
    cache.remember('ledger', 'e1', known(1), false);
    cache.remember('ledger', 'e2', known(2), false);
    expect(cache.lookup('ledger', 'e1')).toEqual(known(1));
    cache.remember('ledger', 'e2', known(2), true);
    cache.trim();
    expect(cache.lookup('ledger', 'e1')).toBeUndefined();
    expect(cache.lookup('ledger', 'e2')).toEqual(known(2));
  });

  it('updates a kept document that a later batch only writes, rather than keeping the older version past the trim', () => {
    const cache = new DocumentCache(10);
    cache.remember('accounts', 'v1', known(1), true);
    cache.remember('accounts', 'v1', known(5), false);
    cache.trim();
    expect(cache.lookup('accounts', 'v1')).toEqual(known(5));
  });

  it('lists documents only written with the rest of their collection', () => {
    const cache = new DocumentCache(10);
    cache.remember('ledger', 'e1', known(1), true);
    cache.remember('ledger', 'e2', known(2), false);
    expect([...cache.inCollection('ledger')].map(([id]) => id)).toEqual(['e1', 'e2']);
  });

  it('keeps nothing with capacity 0 once trimmed', () => {
    const cache = new DocumentCache(0);
    cache.remember('accounts', 'v1', known(1), true);
    cache.trim();
    expect(cache.lookup('accounts', 'v1')).toBeUndefined();
  });

  it('lists one collection without the documents of a collection whose name it begins', () => {
    const cache = new DocumentCache(10);
    cache.remember('notification', 'n1', known(1), true);
    cache.remember('notification_levels', 'v1', known(2), true);
    cache.remember('notification_levels', 'v2', known(3), true);
    expect([...cache.inCollection('notification_levels')]).toEqual([
      ['v1', known(2)],
      ['v2', known(3)],
    ]);
    expect([...cache.inCollection('notification')]).toEqual([['n1', known(1)]]);
  });

  it('forgets everything when cleared', () => {
    const cache = new DocumentCache(10);
    cache.remember('accounts', 'v1', known(1), true);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.lookup('accounts', 'v1')).toBeUndefined();
  });
});
