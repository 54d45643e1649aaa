import type { EventStore, StoredEvent, SubscribeOptions, Subscription } from '@shiji/event-store';
import { waitUntil } from './wait-until';

/** Subscribes and records what the handler receives, batch by batch. */
export class RecordingSubscriber {
  readonly batches: StoredEvent[][] = [];
  readonly subscription: Subscription;
  private running = 0;
  private mostAtOnce = 0;

  constructor(store: EventStore, options: SubscribeOptions) {
    this.subscription = store.subscribeToAll(options, async (events) => {
      this.running += 1;
      this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
      this.batches.push(events);
      await Promise.resolve();
      this.running -= 1;
    });
  }

  /** The most handler calls that ever ran at the same time. */
  get maxConcurrentHandlers(): number {
    return this.mostAtOnce;
  }

  get events(): StoredEvent[] {
    return this.batches.flat();
  }

  get positions(): number[] {
    return this.events.map((event) => event.position);
  }

  async waitForCount(count: number, timeoutMs?: number): Promise<void> {
    await waitUntil(() => this.events.length >= count, `the subscriber has ${count} events (has ${this.events.length})`, timeoutMs);
  }
}
