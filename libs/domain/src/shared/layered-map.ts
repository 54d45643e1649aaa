/** Changes held on top of a shared base before they are merged into a new base. */
const MERGE_AT = 256;

/**
 * An immutable map made of a base that many versions share and a small layer
 * of changes on top. A new version copies only the layer, never more than
 * MERGE_AT entries, so its cost does not grow with the map; once the layer
 * holds MERGE_AT changes it is merged into a fresh base (one full copy,
 * spread over those changes). Neither part is ever changed once a
 * map is built, so every earlier version stays valid.
 *
 * Iteration follows Map's order: keys in the order they were first set.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly top: ReadonlyMap<K, V>,
    readonly size: number,
  ) {}

  static of<K, V>(map: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return map instanceof LayeredMap ? (map as LayeredMap<K, V>) : new LayeredMap(map, new Map(), map.size);
  }

  /** A writable next version; the map itself does not change. */
  static edit<K, V>(map: ReadonlyMap<K, V>): MapEdit<K, V> {
    const layered = LayeredMap.of(map);
    return new MapEdit(layered.base, layered.top, layered.size);
  }

  /** @internal used by MapEdit.done() */
  static build<K, V>(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>, size: number): LayeredMap<K, V> {
    if (top.size < MERGE_AT) return new LayeredMap(base, top, size);
    const merged = new Map(base);
    for (const [key, value] of top) merged.set(key, value);
    return new LayeredMap(merged, new Map(), merged.size);
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.top.has(key) ? (this.top.get(key) as V) : value];
    for (const entry of this.top) if (!this.base.has(entry[0])) yield entry;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}

/** The next version of a LayeredMap while it is being built: reads see the writes made so far. */
export class MapEdit<K, V> {
  private readonly top: Map<K, V>;

  constructor(
    private readonly base: ReadonlyMap<K, V>,
    top: ReadonlyMap<K, V>,
    private size: number,
  ) {
    this.top = new Map(top);
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  set(key: K, value: V): this {
    if (!this.has(key)) this.size += 1;
    this.top.set(key, value);
    return this;
  }

  done(): LayeredMap<K, V> {
    return LayeredMap.build(this.base, this.top, this.size);
  }
}

/** A new version of `map` with `key` set to `value`, at a cost that does not grow with the map; `map` does not change. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): LayeredMap<K, V> {
  return LayeredMap.edit(map).set(key, value).done();
}
