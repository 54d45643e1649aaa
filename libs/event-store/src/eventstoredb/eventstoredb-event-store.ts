import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
import type {
  AppendOptions,
  AppendResult,
  BatchHandler,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { CatchUpSubscription } from './catch-up-subscription';
import { FilteredAllReader } from './filtered-all-reader';
import { GlobalLogReader } from './global-log-reader';
import { IdempotentAppender } from './idempotent-appender';
import { DEFAULT_BACKOFF, type BackoffSettings } from './resubscribe-policy';
import { StreamEventReader } from './stream-event-reader';

export interface EventStoreDbEventStoreOptions {
  /** Subscription batch size when the subscriber gives none. */
  defaultBatchSize?: number;
  /** Delays between resubscriptions after a drop. */
  resubscribeBackoff?: BackoffSettings;
  /**
   * Appends expecting `any` or `stream_exists` recognise a repeat among the
   * stream's newest max(this, events appended) events; 64 unless given.
   * Exact revisions need no such bound (see IdempotentAppender).
   */
  replayLookback?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const PING_DEADLINE_MS = 5_000;

/**
 * The EventStore port on EventStoreDB / KurrentDB through @eventstore/db-client.
 * Streams map one to one; the global position is the $all commit position
 * (see global-position.ts); system events never come through the port.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly streams: StreamEventReader;
  private readonly log: GlobalLogReader;
  private readonly appender: IdempotentAppender;
  private readonly subscriptions = new Set<Subscription>();

  /** e.g. `esdb://localhost:2113?tls=false` */
  constructor(
    connectionString: string,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.streams = new StreamEventReader(this.client);
    this.log = new GlobalLogReader(new FilteredAllReader(this.client));
    this.appender = new IdempotentAppender(this.client, this.streams, options.replayLookback);
  }

  appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    return this.appender.append(streamId, events, options.expectedRevision);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.streams.read(streamId, options);
  }

  readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.log.readAfter(options.after ?? 0, options.maxCount ?? Number.POSITIVE_INFINITY, options.filter);
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    const batchSize = options.batchSize ?? this.options.defaultBatchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
    const subscription = new CatchUpSubscription(
      this.client,
      { after: options.after, filter: options.filter, batchSize, backoff: this.options.resubscribeBackoff ?? DEFAULT_BACKOFF },
      handler,
    );
    this.subscriptions.add(subscription);
    subscription.done.then(
      () => this.subscriptions.delete(subscription),
      () => this.subscriptions.delete(subscription),
    );
    return subscription;
  }

  headPosition(): Promise<number> {
    return this.log.headPosition();
  }

  /** EventStoreDB shows subscribers every committed event at once: the head is the last committed position. */
  lastCommittedPosition(): Promise<number> {
    return this.log.headPosition();
  }

  /** One event read from the end of $all: answers only when the node serves reads. */
  async ping(): Promise<void> {
    const newest = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline: PING_DEADLINE_MS });
    for await (const _event of newest) {
      // Read to the end: leaving early would keep the call open until close().
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }
}
