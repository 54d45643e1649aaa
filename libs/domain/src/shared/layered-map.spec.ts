import { LayeredMap } from './layered-map';

function build(entries: number, from: ReadonlyMap<string, number> = new Map()): LayeredMap<string, number> {
  let map = LayeredMap.of(from);
  for (let i = 0; i < entries; i += 1) {
    const edit = LayeredMap.edit(map);
    edit.set(`k${i}`, i);
    map = edit.done();
  }
  return map;
}

describe('LayeredMap', () => {
  it('reads like the Map it stands for, through many merges of its layer', () => {
    const map = build(1_000);
    expect(map.size).toBe(1_000);
    expect(map.get('k0')).toBe(0);
    expect(map.get('k999')).toBe(999);
    expect(map.has('k500')).toBe(true);
    expect(map.has('nope')).toBe(false);
    expect(map.get('nope')).toBeUndefined();
    expect([...map.keys()]).toEqual(Array.from({ length: 1_000 }, (_, i) => `k${i}`));
  });

  it('never changes an earlier version, before or after a merge', () => {
    const versions = [LayeredMap.of(new Map<string, number>())];
    for (let i = 0; i < 600; i += 1) {
      const edit = LayeredMap.edit(versions[versions.length - 1]);
      edit.set(`k${i}`, i);
      if (i > 0) edit.set('k0', i);
      versions.push(edit.done());
    }
    for (const [index, version] of versions.entries()) {
      expect(version.size).toBe(index);
      expect(version.has(`k${index}`)).toBe(false);
      if (index > 0) expect(version.get('k0')).toBe(index - 1);
    }
  });

  it('keeps a key where it was first set when its value changes, as Map does', () => {
    const edit = LayeredMap.edit(new Map([['a', 1], ['b', 2]]));
    edit.set('a', 10).set('c', 3);
    const map = edit.done();
    expect([...map]).toEqual([['a', 10], ['b', 2], ['c', 3]]);
    expect([...map.values()]).toEqual([10, 2, 3]);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=10', 'b=2', 'c=3']);
    expect(map.size).toBe(3);
  });

  it('lets an edit read its own writes, and leaves the map it came from alone', () => {
    const original = new Map([['a', 1]]);
    const edit = LayeredMap.edit(original);
    edit.set('a', 2);
    expect(edit.get('a')).toBe(2);
    expect(edit.has('a')).toBe(true);
    expect(original.get('a')).toBe(1);
  });
});
