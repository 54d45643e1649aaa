import { status } from '@grpc/grpc-js';
import type { AllFrom } from './read-request';

/** A live subscription call the double can end on purpose. */
export interface DroppableSubscription {
  drop(code: status, details: string): void;
}

/** The subscription calls currently open, so a test can drop them mid-stream. */
export class ActiveSubscriptions {
  private readonly open = new Set<DroppableSubscription>();
  private readonly starts: AllFrom[] = [];

  /** Where each subscription opened since the double started asked to begin, in order. */
  get startPositions(): readonly AllFrom[] {
    return this.starts;
  }

  get active(): number {
    return this.open.size;
  }

  add(subscription: DroppableSubscription, from: AllFrom): () => void {
    this.open.add(subscription);
    this.starts.push(from);
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
