import type { AllStreamResolvedEvent, AllStreamSubscription, EventStoreDBClient } from '@eventstore/db-client';
import type { BatchHandler, LogFilter, StoredEvent, Subscription } from '../event-store.port';
import { toStoredEvent } from './event-envelope';
import { allPositionAt, globalPositionOf } from './global-position';
import { inBatches } from './in-batches';
import { isSelected, serverFilterFor, toSubscriptionFilter } from './log-filter';
import { backoffDelay, isTransientDrop, type BackoffSettings } from './resubscribe-policy';

export interface CatchUpSettings {
  after: number;
  filter: LogFilter | undefined;
  batchSize: number;
  backoff: BackoffSettings;
}

/** Wraps an error thrown by the handler, which ends the subscription instead of resubscribing. */
class HandlerFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('The subscription handler failed');
  }
}

/**
 * A $all catch-up subscription with a server-side filter that survives drops:
 * when the server or the connection ends it, it resubscribes after a doubling
 * delay from the last position it has seen, and skips anything at or below
 * that position, so the handler sees every event once, in order, whether the
 * server resumes inclusively or not. The handler gets one batch at a time;
 * while it runs nothing more is read, so the client's buffer fills and gRPC
 * flow control holds the server back.
 */
export class CatchUpSubscription implements Subscription {
  readonly done: Promise<void>;
  private stopping = false;
  private current: AllStreamSubscription | undefined;
  private wakeFromBackoff: (() => void) | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly settings: CatchUpSettings,
    private readonly handler: BatchHandler,
  ) {
    this.done = this.run();
    // Whoever awaits `done` still sees a failure; this only keeps an unobserved one from crashing the process.
    this.done.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeFromBackoff?.();
    // Ends the read loop; a batch already handed to the handler runs to completion first.
    this.current?.destroy();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    let last = this.settings.after;
    let consecutiveDrops = 0;
    while (!this.stopping) {
      const subscription = this.client.subscribeToAll(
        { fromPosition: allPositionAt(last), filter: toSubscriptionFilter(serverFilterFor(this.settings.filter)) },
        { highWaterMark: this.settings.batchSize },
      );
      this.current = subscription;
      try {
        for await (const batch of inBatches<AllStreamResolvedEvent>(subscription, this.settings.batchSize)) {
          if (this.stopping) break;
          last = await this.deliver(batch, last);
          consecutiveDrops = 0;
        }
      } catch (error) {
        if (error instanceof HandlerFailure) throw error.cause;
        if (!this.stopping && !isTransientDrop(error)) throw error;
      } finally {
        this.current = undefined;
        await subscription.unsubscribe().catch(() => undefined);
      }
      if (!this.stopping) await this.pause(backoffDelay(this.settings.backoff, consecutiveDrops++));
    }
  }

  /** Hands the new, selected events of a batch to the handler; returns the last position seen. */
  private async deliver(batch: AllStreamResolvedEvent[], last: number): Promise<number> {
    const selected: StoredEvent[] = [];
    let seen = last;
    for (const { event } of batch) {
      if (!event) continue;
      const position = globalPositionOf(event.position, event.id);
      if (position <= seen) continue;
      seen = position;
      if (isSelected(event, this.settings.filter)) selected.push(toStoredEvent(event));
    }
    if (selected.length > 0) {
      try {
        await this.handler(selected);
      } catch (error) {
        throw new HandlerFailure(error);
      }
    }
    return seen;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => wake(), ms);
      const wake = (): void => {
        clearTimeout(timer);
        this.wakeFromBackoff = undefined;
        resolve();
      };
      this.wakeFromBackoff = wake;
    });
  }
}
