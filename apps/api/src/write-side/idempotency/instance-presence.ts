import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';

/** The first key of every presence lock (the second is the instance id's hash): 'SHIM' in ASCII. */
export const PRESENCE_LOCK_CLASS = 0x5348494d;

const RETRY_DELAYS_MS = [100, 250, 500, 1_000, 2_000, 5_000];

/**
 * This api process as the other processes on the database see it: for as
 * long as it lives it holds an advisory lock named after its id, on a
 * connection of its own. The session ends with the process (kill -9, a lost
 * machine), and the lock with it, so "is the process that claimed this
 * still running?" is one look at pg_locks. When the connection drops (a
 * database restart) the lock is taken again as soon as the database answers;
 * meanwhile the process looks gone, which only lets a retry take over early.
 */
@Injectable()
export class InstancePresence implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly id = randomUUID();
  private readonly logger = new Logger(InstancePresence.name);
  private client: PoolClient | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;

  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.hold();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.client?.release(true);
    this.client = null;
  }

  /** SQL true while the instance whose id is in `column` holds its presence lock. */
  static isPresent(column: string): string {
    return `EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = ${PRESENCE_LOCK_CLASS}::oid AND objid = hashtext(${column})::oid AND objsubid = 2 AND granted)`;
  }

  private async hold(): Promise<void> {
    if (this.stopped || this.client) return;
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [PRESENCE_LOCK_CLASS, this.id]);
      if (this.stopped) return client.release(true);
      const held = client;
      held.on('error', () => this.lost(held));
      this.client = held;
      this.failures = 0;
    } catch (error) {
      client?.release(true);
      this.retryLater(error);
    }
  }

  private lost(client: PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    client.release(true);
    this.retryLater(new Error('presence connection lost'));
  }

  private retryLater(error: unknown): void {
    if (this.stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
    this.failures += 1;
    if (this.failures === 1) this.logger.warn(`presence lock not held (${error instanceof Error ? error.message : String(error)}); retrying`);
    this.retryTimer = setTimeout(() => void this.hold(), delay);
  }
}
