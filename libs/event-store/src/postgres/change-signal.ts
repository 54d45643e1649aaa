/**
 * Counts "the log may have changed" hints (local appends, NOTIFY, a
 * reconnected listener). A reader notes the generation before it reads; if
 * the generation moved by the time it wants to wait, it reads again at once,
 * so a hint that arrives during a read is never lost.
 */
export class ChangeSignal {
  private generation = 0;
  private readonly listeners = new Set<() => void>();

  get current(): number {
    return this.generation;
  }

  raise(): void {
    this.generation += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` once the generation differs from `since` (at once if it does already). Returns a cancel function. */
  onChangeSince(since: number, listener: () => void): () => void {
    if (this.generation !== since) {
      listener();
      return () => undefined;
    }
    const once = (): void => {
      this.listeners.delete(once);
      listener();
    };
    this.listeners.add(once);
    return () => this.listeners.delete(once);
  }
}
