import type { Notification, Pool, PoolClient } from 'pg';
import type { ChangeSignal } from './change-signal';

/**
 * Keeps one pooled connection LISTENing on a channel (the store's, or the
 * views' replacement notice) and raises the signal on every notification. It only makes subscribers faster: they poll
 * anyway, so while the connection is down (it reconnects with backoff)
 * nothing is lost, only delayed. A notification carrying `ownToken` is this
 * store's own (CommitAnnouncer), already signalled when its append
 * committed, and is passed over.
 */
export class NotificationListener {
  private client: PoolClient | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly signal: Pick<ChangeSignal, 'raise'>,
    private readonly retryDelayMs: number,
    private readonly ownToken: string,
  ) {}

  /** True while the LISTEN connection is up: notifications sent now will arrive. */
  get listening(): boolean {
    return this.client !== null;
  }

  start(): void {
    if (this.closed || this.client || this.connecting || this.retryTimer) return;
    this.connecting = this.connect().finally(() => (this.connecting = null));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting;
    this.client?.release(true);
    this.client = null;
  }

  private async connect(): Promise<void> {
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      const connected = client;
      connected.on('error', () => this.lost(connected));
      connected.on('notification', (notification: Notification) => {
        if (notification.payload !== this.ownToken) this.signal.raise();
      });
      await connected.query(`LISTEN ${connected.escapeIdentifier(this.channel)}`);
      if (this.closed) {
        connected.release(true);
        return;
      }
      this.client = connected;
      this.failures = 0;
      // Notifications sent while nobody listened are gone: have readers look once.
      this.signal.raise();
    } catch {
      client?.release(true);
      this.retryLater();
    }
  }

  private lost(client: PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    // Destroyed, not returned: a broken or still-listening connection must not go back to the pool.
    client.release(true);
    this.retryLater();
  }

  private retryLater(): void {
    if (this.closed) return;
    this.failures += 1;
    const delay = Math.min(this.retryDelayMs * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start();
    }, delay);
  }
}

const MAX_RETRY_DELAY_MS = 10_000;
