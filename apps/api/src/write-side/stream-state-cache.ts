/**
 * The last folded state of recently used streams, so a command on a long
 * stream reads only the events appended since, not the whole history. Entries
 * carry the revision they reflect; a stale entry is only a slower path,
 * never a wrong answer, because appends check the revision.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, { revision: number; state: unknown }>();

  constructor(
    private readonly capacity = 10_000,
    /** Told of every entry dropped, to capacity or forget(). */
    private readonly onDrop: (streamId: string) => void = () => undefined,
  ) {}

  get<S>(streamId: string): { revision: number; state: S } | undefined {
    const entry = this.entries.get(streamId);
    if (!entry) return undefined;
    // Refresh recency: Map iteration order is insertion order.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry as { revision: number; state: S };
  }

  has(streamId: string): boolean {
    return this.entries.has(streamId);
  }

  set<S>(streamId: string, revision: number, state: S): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { revision, state });
    if (this.entries.size > this.capacity) this.forget(this.entries.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
    this.onDrop(streamId);
  }
}
