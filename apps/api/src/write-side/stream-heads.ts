import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '@shiji/event-store';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';

/** Pause before watching again after the watch failed (the database went away, say). */
const RESTART_DELAY_MS = 1_000;

/**
 * Which cached stream states are still the streams' latest, known without
 * asking the database: a live subscription to the log notes the newest
 * revision of every stream the repository holds. A cached state whose
 * revision no later event has passed can serve a reference read (the
 * volunteer a record names, a staff member's grants) with no round trip.
 *
 * It is as current as the subscription, which reads the log as soon as an
 * append in this process or a NOTIFY from another one says there is more: an
 * append in another api instance is seen within moments, one in this
 * instance at once (the repository caches what it appended). While the watch
 * is not running every read goes to the database, as it does without it.
 *
 * It also keeps the newest log position known to exist, so a view read at
 * some position can be trusted while nothing newer is known (see
 * nothingAfter). Appends never rely on it: they check the stream's revision
 * themselves.
 */
@Injectable()
export class StreamHeads implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('StreamHeads');
  /** Streams watched, each with the newest revision seen since (-1: none yet). */
  private readonly seen = new Map<string, number>();
  /** The newest position known to be in the log: seen by the watch, appended here, or waited for by a client. */
  private newestPosition = 0;
  private subscription: Subscription | null = null;
  private live = false;
  private stopped = false;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'cachedReferenceReads' | 'cachedAccountReads'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Both off: never live, so every reference read and every view read goes to the database.
    if (this.config.cachedReferenceReads || this.config.cachedAccountReads) await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.live = false;
    clearTimeout(this.restartTimer);
    await this.subscription?.stop();
  }

  /**
   * Starts noting a stream's revisions. Call it before reading the stream, so
   * an event committed while the read is under way is noted even when the
   * subscription delivers it before the read returns.
   */
  watch(streamId: string): void {
    if (!this.seen.has(streamId)) this.seen.set(streamId, -1);
  }

  forget(streamId: string): void {
    this.seen.delete(streamId);
  }

  /** How many streams are watched: those cached, and reads under way. */
  get watching(): number {
    return this.seen.size;
  }

  /** True when the watch is running, covers this stream, and has seen nothing after `revision`. */
  isCurrent(streamId: string, revision: number): boolean {
    if (!this.live || !this.config.cachedReferenceReads) return false;
    const newest = this.seen.get(streamId);
    return newest !== undefined && newest <= revision;
  }

  /**
   * Notes that the log holds an event at `position`, learnt other than from
   * the watch: an append in this process (known before the watch delivers it)
   * or a position a client's read waited for (which another instance may
   * have appended and the watch not yet read).
   */
  noteExisting(position: number): void {
    if (position > this.newestPosition) this.newestPosition = position;
  }

  /**
   * True when the watch is running and no event after `position` is known:
   * a view that had applied the log up to `position` is still the latest.
   */
  nothingAfter(position: number): boolean {
    return this.live && this.newestPosition <= position;
  }

  private async start(): Promise<void> {
    // Only events from now on matter: nothing is cached yet, or everything cached was unwatched and is dropped below.
    const after = await this.store.headPosition();
    if (this.stopped) return;
    this.seen.clear();
    // Whatever was appended while nothing watched is at or below the head.
    this.noteExisting(after);
    const subscription = this.store.subscribeToAll({ after }, (events) => this.note(events));
    this.subscription = subscription;
    this.live = true;
    subscription.done.then(
      () => this.ended(subscription),
      (error: unknown) => {
        this.logger.warn({ err: error }, 'watching the log failed; reference reads go to the database until it is back');
        this.ended(subscription);
      },
    );
  }

  private note(events: readonly StoredEvent[]): Promise<void> {
    // Batches arrive in log order, so the last event is the newest.
    if (events.length > 0) this.noteExisting(events[events.length - 1].position);
    for (const event of events) {
      const newest = this.seen.get(event.streamId);
      if (newest !== undefined && event.revision > newest) this.seen.set(event.streamId, event.revision);
    }
    return Promise.resolve();
  }

  private ended(subscription: Subscription): void {
    if (this.subscription !== subscription) return;
    // Events may pass unseen from here on: nothing cached can be trusted without a read until a new watch begins.
    this.live = false;
    this.subscription = null;
    this.restartLater();
  }

  private restartLater(): void {
    if (this.stopped) return;
    this.restartTimer = setTimeout(() => {
      this.start().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'could not watch the log again; retrying');
        this.restartLater();
      });
    }, RESTART_DELAY_MS);
    this.restartTimer.unref();
  }
}
