/** Documents read together, and the log position every view had applied when they were read. */
export interface Snapshot<T> {
  found: T;
  position: number;
}

interface Entry<T> {
  snapshot: Snapshot<T>;
  readAtMs: number;
}

/**
 * Snapshots of views kept in memory while they are still the latest. A
 * snapshot read at position p stays exactly what the database would return
 * as long as the log holds nothing after p: views change only by applying
 * events. `nothingAfter` says whether that is known (StreamHeads.nothingAfter).
 *
 * The one other way a view changes is behind the log's back: rebuilt by
 * `cli replay` after damage, or edited by hand. No event says so. A replay
 * says so by a notice, on which the owner calls forgetAll(); for the rest
 * there is `maxAgeMs`, asked at every read (the owner shortens it while it
 * cannot hear notices): an older snapshot is read again however quiet the
 * log.
 *
 * Views that had not applied the whole known log are not kept: they are
 * about to change. At `capacity` the oldest entry makes room. Snapshots are
 * deep-frozen, because every request for the same documents shares one.
 */
export class CurrentSnapshots<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: { capacity: number; maxAgeMs: () => number },
    private readonly nothingAfter: (position: number) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Snapshot<T> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.nothingAfter(entry.snapshot.position) && this.now() - entry.readAtMs < this.options.maxAgeMs()) return entry.snapshot;
    // Overtaken or too old: it would never serve again.
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps the snapshot if it is current, and returns it (frozen when kept). */
  remember(key: string, snapshot: Snapshot<T>): Snapshot<T> {
    if (!this.nothingAfter(snapshot.position)) return snapshot;
    if (this.entries.size >= this.options.capacity && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const frozen = deepFreeze(snapshot);
    // Delete first, so a replaced entry moves to the back of the eviction order.
    this.entries.delete(key);
    this.entries.set(key, { snapshot: frozen, readAtMs: this.now() });
    return frozen;
  }

  /** Drops every snapshot: the views were replaced (or may have been, while notices could not be heard). */
  forgetAll(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
