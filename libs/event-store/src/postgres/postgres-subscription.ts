import type { BatchHandler, LogFilter, Subscription } from '../event-store.port';
import type { ChangeSignal } from './change-signal';
import type { LogBatch } from './log-reader';
import { isTransientDatabaseError } from '@shiji/postgres';

export interface SubscriptionSettings {
  after: number;
  filter: LogFilter | undefined;
  batchSize: number;
  /** Longest wait for new events without a hint: NOTIFY can be lost, and the horizon can hold committed events back. */
  pollIntervalMs: number;
  /** Consecutive transient read failures survived before the subscription fails. */
  retries: number;
  retryDelayMs: number;
}

export type ReadBatch = (after: number, limit: number, filter: LogFilter | undefined) => Promise<LogBatch>;

interface ReadAhead {
  read: Promise<LogBatch>;
  generation: number;
}

/**
 * Catch-up and live in one loop: read the next batch under the visibility
 * horizon, hand it over, and when the log is exhausted wait for a hint or
 * the poll interval. One handler call at a time, in position order.
 */
export class PostgresSubscription implements Subscription {
  readonly done: Promise<void>;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly readBatch: ReadBatch,
    private readonly changes: ChangeSignal,
    private readonly handler: BatchHandler,
    private readonly settings: SubscriptionSettings,
  ) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    // A failure is reported through `done`; stop() only waits for the loop to end.
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { batchSize } = this.settings;
    let cursor = this.settings.after;
    let failures = 0;
    // While catching up, the next batch is read as the handler works on this one (see readAhead).
    let ahead: ReadAhead | null = null;
    while (!this.stopping) {
      const { read, generation } = ahead ?? this.readAhead(cursor);
      ahead = null;
      let batch: LogBatch;
      try {
        batch = await read;
        failures = 0;
      } catch (error) {
        failures += 1;
        if (!isTransientDatabaseError(error) || failures > this.settings.retries) throw error;
        await this.pause(this.settings.retryDelayMs * 2 ** (failures - 1));
        continue;
      }
      if (this.stopping) return;
      const { events } = batch;
      if (events.length === batchSize) {
        cursor = events[events.length - 1].position;
        ahead = this.readAhead(cursor);
        await this.handler(events);
        continue;
      }
      if (events.length > 0) await this.handler(events);
      // The whole visible log was read: skip what the filter refused, up to the head.
      cursor = Math.max(cursor, batch.visibleHead, events.at(-1)?.position ?? cursor);
      await this.waitForChangeSince(generation);
    }
  }

  /**
   * Starts reading the batch after `cursor`, noting the change generation
   * first (so a commit during the read still wakes the wait that may follow).
   * Started before the handler runs on the previous batch, the read overlaps
   * the handler's writes on another connection: catch-up stops alternating
   * between reading the log and writing the views. A failure surfaces when
   * the loop awaits the read, and is retried there.
   */
  private readAhead(cursor: number): ReadAhead {
    const generation = this.changes.current;
    const read = this.readBatch(cursor, this.settings.batchSize, this.settings.filter);
    // Awaited by the next turn of the loop; if the handler fails first, nobody will, and that is fine.
    read.catch(() => undefined);
    return { read, generation };
  }

  private waitForChangeSince(generation: number): Promise<void> {
    return this.sleep(this.settings.pollIntervalMs, (wake) => this.changes.onChangeSince(generation, wake));
  }

  private pause(ms: number): Promise<void> {
    return this.sleep(ms, () => () => undefined);
  }

  /** Resolves after `ms`, on stop(), or when `wakeOn` calls back; `wakeOn` returns its cancel function. */
  private sleep(ms: number, wakeOn: (wake: () => void) => () => void): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopping) return resolve();
      let finished = false;
      let cancel = (): void => undefined;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        cancel();
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = finish;
      cancel = wakeOn(finish);
    });
  }
}
