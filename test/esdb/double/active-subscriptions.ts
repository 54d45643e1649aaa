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
  /** Drops armed to happen after so many more events are sent to subscribers, in order. */
  private readonly armed: { afterEvents: number; code: status }[] = [];

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

  /** Drops still waiting for their events to be sent. */
  get pendingDrops(): number {
    return this.armed.length;
  }

  /**
   * Drops every open subscription right after the `afterEvents`-th event
   * from now has been sent to a subscriber: mid-stream, wherever the
   * subscriber is. Drops armed one after another fire one after another.
   */
  dropAfter(afterEvents: number, code: status): void {
    if (!Number.isInteger(afterEvents) || afterEvents < 1) throw new RangeError(`afterEvents must be a positive integer, got ${afterEvents}`);
    this.armed.push({ afterEvents, code });
  }

  /** Called by a subscription after it has sent an event. */
  eventSent(): void {
    const next = this.armed[0];
    if (!next) return;
    next.afterEvents -= 1;
    if (next.afterEvents > 0) return;
    this.armed.shift();
    this.dropAll(next.code);
  }

  /** Ends every open subscription with an error status, as a server does when it drops one. */
  dropAll(code: status = status.ABORTED): number {
    const dropped = [...this.open];
    this.open.clear();
    for (const subscription of dropped) subscription.drop(code, 'Subscription dropped by the EventStoreDB test double');
    return dropped.length;
  }
}
