import { status } from '@grpc/grpc-js';

/** A live subscription call the double can end on purpose. */
export interface DroppableSubscription {
  drop(code: status, details: string): void;
}

/** The subscription calls currently open, so a test can drop them mid-stream. */
export class ActiveSubscriptions {
  private readonly open = new Set<DroppableSubscription>();
  private startedCount = 0;

  /** How many subscriptions have been opened since the double started. */
  get started(): number {
    return this.startedCount;
  }

  get active(): number {
    return this.open.size;
  }

  add(subscription: DroppableSubscription): () => void {
    this.open.add(subscription);
    this.startedCount += 1;
    return () => this.open.delete(subscription);
  }

  /** Ends every open subscription with an error status, as a server does when it drops one. */
  dropAll(code: status = status.ABORTED): number {
    const dropped = [...this.open];
    this.open.clear();
    for (const subscription of dropped) subscription.drop(code, 'Subscription dropped by the EventStoreDB test double');
    return dropped.length;
  }
}
