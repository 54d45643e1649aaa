import { CurrentSnapshots, type Snapshot } from './current-snapshots';

describe('CurrentSnapshots', () => {
  let newest: number;
  let nowMs: number;
  let maxAgeMs: number;
  let snapshots: CurrentSnapshots<{ account: { creditMinutes: number; levelHistory: Array<{ level: number }> } | null }>;
  const snapshot = (position: number, creditMinutes = 60) => ({ found: { account: { creditMinutes, levelHistory: [{ level: 1 }] } }, position });

  beforeEach(() => {
    newest = 10;
    nowMs = 1_000_000;
    maxAgeMs = 5_000;
    snapshots = new CurrentSnapshots({ capacity: 3, maxAgeMs: () => maxAgeMs }, (position) => newest <= position, () => nowMs);
  });

  it('serves a snapshot while nothing after its position is known', () => {
    const kept = snapshots.remember('a', snapshot(10));
    expect(snapshots.get('a')).toBe(kept);
    expect(snapshots.get('a')).toEqual(snapshot(10));
    expect(snapshots.get('b')).toBeUndefined();
  });

  it('drops a snapshot once a newer event is known', () => {
    snapshots.remember('a', snapshot(10));
    newest = 11;
    expect(snapshots.get('a')).toBeUndefined();
    expect(snapshots.size).toBe(0);
    // Even if the check would pass again (it cannot; newest only grows), the entry is gone.
    newest = 10;
    expect(snapshots.get('a')).toBeUndefined();
  });

  it('reads again after maxAgeMs however quiet the log, for views changed behind its back (a replay, a hand edit)', () => {
    snapshots.remember('a', snapshot(10));
    nowMs += 4_999;
    expect(snapshots.get('a')).toBeDefined();
    nowMs += 1;
    expect(snapshots.get('a')).toBeUndefined();
    expect(snapshots.size).toBe(0);
  });

  it('judges the age at every read, so a bound shortened later applies to snapshots kept before', () => {
    maxAgeMs = 60_000;
    snapshots.remember('a', snapshot(10));
    nowMs += 30_000;
    expect(snapshots.get('a')).toBeDefined();
    maxAgeMs = 5_000;
    expect(snapshots.get('a')).toBeUndefined();
  });

  it('forgets everything at once when the views are replaced', () => {
    for (const key of ['a', 'b']) snapshots.remember(key, snapshot(10));
    snapshots.forgetAll();
    expect(snapshots.size).toBe(0);
    expect(snapshots.get('a')).toBeUndefined();
  });

  it('does not keep views that were behind the known log when read', () => {
    const returned = snapshots.remember('a', snapshot(9));
    expect(returned).toEqual(snapshot(9));
    expect(Object.isFrozen(returned)).toBe(false);
    expect(snapshots.get('a')).toBeUndefined();
    expect(snapshots.size).toBe(0);
  });

  it('deep-freezes what it keeps, since every request shares it', () => {
    const kept = snapshots.remember('a', snapshot(10)) as Snapshot<{ account: { creditMinutes: number; levelHistory: Array<{ level: number }> } }>;
    expect(Object.isFrozen(kept.found.account)).toBe(true);
    expect(Object.isFrozen(kept.found.account.levelHistory[0])).toBe(true);
    expect(() => {
      kept.found.account.creditMinutes = 0;
    }).toThrow(TypeError);
  });

  it('makes room by dropping the oldest entry at capacity; a replaced entry counts as new', () => {
    for (const key of ['a', 'b', 'c']) snapshots.remember(key, snapshot(10));
    snapshots.remember('a', snapshot(10, 5));
    expect(snapshots.size).toBe(3);
    expect(snapshots.get('a')?.found.account?.creditMinutes).toBe(5);
    snapshots.remember('d', snapshot(10));
    expect(snapshots.size).toBe(3);
    expect(snapshots.get('b')).toBeUndefined();
    expect(snapshots.get('a')).toBeDefined();
    expect(snapshots.get('c')).toBeDefined();
    expect(snapshots.get('d')).toBeDefined();
  });
});
