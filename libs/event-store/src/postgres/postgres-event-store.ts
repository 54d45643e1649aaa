import { randomUUID } from 'node:crypto';
import { openPool } from '@shiji/postgres';
import type { Pool, PoolConfig } from 'pg';
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
import { ChangeSignal } from './change-signal';
import { CommitAnnouncer } from './commit-announcer';
import { LogReader } from './log-reader';
import { NotificationListener } from './notification-listener';
import { PostgresSubscription } from './postgres-subscription';
import { limitOf } from './read-limits';
import { StreamAppender } from './stream-appender';
import { StreamReader } from './stream-reader';

export interface PostgresEventStoreOptions {
  /** Pool settings, when the store is given a connection string and so owns its pool. */
  pool?: Omit<PoolConfig, 'connectionString'>;
  /** Longest a caught-up subscription waits before looking again without a notification. */
  pollIntervalMs?: number;
  /** Consecutive transient database failures a subscription survives before `done` rejects. */
  subscriptionRetries?: number;
  /** First backoff delay after a transient failure; it doubles each time. */
  retryDelayMs?: number;
  /** LISTEN/NOTIFY channel shared by every process using this database. */
  channel?: string;
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * The EventStore port on PostgreSQL. Tables and functions come from
 * eventStoreMigrations. Given a connection string, the store owns its pool
 * and ends it on close(); given a pool, it leaves the pool open.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly changes = new ChangeSignal();
  private readonly appender: StreamAppender;
  private readonly streams: StreamReader;
  private readonly log: LogReader;
  private readonly announcer: CommitAnnouncer;
  private readonly listener: NotificationListener;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly settings: Required<Omit<PostgresEventStoreOptions, 'pool'>>;

  constructor(connection: Pool | string, options: PostgresEventStoreOptions = {}) {
    this.ownsPool = typeof connection === 'string';
    this.pool = typeof connection === 'string' ? openPool({ ...options.pool, connectionString: connection }) : connection;
    this.settings = {
      pollIntervalMs: options.pollIntervalMs ?? 250,
      subscriptionRetries: options.subscriptionRetries ?? 5,
      retryDelayMs: options.retryDelayMs ?? 100,
      channel: options.channel ?? 'shiji_events',
    };
    this.appender = new StreamAppender(this.pool);
    this.streams = new StreamReader(this.pool);
    this.log = new LogReader(this.pool);
    // Tells this store's own NOTIFY from other processes' (see CommitAnnouncer).
    const token = randomUUID();
    this.announcer = new CommitAnnouncer(this.pool, this.settings.channel, this.changes, token);
    this.listener = new NotificationListener(this.pool, this.settings.channel, this.changes, this.settings.retryDelayMs, token);
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    const { result, written } = await this.appender.append(streamId, events, options.expectedRevision);
    if (written) this.announcer.announce();
    return result;
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.streams.read(streamId, options);
  }

  readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.log.read(options.after ?? 0, limitOf(options.maxCount), options.filter);
  }

  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
    this.listener.start();
    const subscription = new PostgresSubscription((after, limit, filter) => this.log.readBatch(after, limit, filter), this.changes, handler, {
      after: options.after,
      filter: options.filter,
      batchSize,
      pollIntervalMs: this.settings.pollIntervalMs,
      retries: this.settings.subscriptionRetries,
      retryDelayMs: this.settings.retryDelayMs,
    });
    this.subscriptions.add(subscription);
    // This also observes `done`, so a failure nobody awaits does not crash the process as an unhandled rejection.
    const forget = (): void => void this.subscriptions.delete(subscription);
    subscription.done.then(forget, forget);
    return subscription;
  }

  headPosition(): Promise<number> {
    return this.log.head();
  }

  lastCommittedPosition(): Promise<number> {
    return this.log.lastCommitted();
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Stops the subscriptions (waiting for running handlers), then releases connections. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await Promise.all([this.listener.close(), this.announcer.close()]);
    if (this.ownsPool) await this.pool.end();
  }
}
