import type { Pool } from 'pg';
import type { ChangeSignal } from './change-signal';

/**
 * Tells subscribers that appends committed: at once in this process, by
 * NOTIFY in others. The NOTIFY goes in its own statement after the append
 * commits, because PostgreSQL serialises the commits of notifying
 * transactions on a global lock and that would undo group commit. At most
 * one NOTIFY is in flight; appends that commit meanwhile share the next one.
 *
 * The payload is this store's own token, so its listener can pass over the
 * echo of its own NOTIFY: the signal was raised here already, and waking
 * this process's subscriptions a second time would only cost them a read.
 *
 * A failed NOTIFY is dropped on purpose: it is a hint, and subscribers poll.
 */
export class CommitAnnouncer {
  private sending: Promise<void> | null = null;
  private pending = false;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly signal: ChangeSignal,
    private readonly token: string,
  ) {}

  announce(): void {
    this.signal.raise();
    if (this.closed) return;
    if (this.sending) {
      this.pending = true;
      return;
    }
    this.sending = this.send().finally(() => (this.sending = null));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.sending;
  }

  private async send(): Promise<void> {
    do {
      this.pending = false;
      await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, this.token]).catch(() => undefined);
    } while (this.pending && !this.closed);
  }
}
