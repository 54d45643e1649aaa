import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { revocations, type Revocation } from './revocations.store';

/** How often the table is read for revocations made through other instances. */
const POLL_MS = 250;
/** A decision may rest on revocations read at most this long ago; older, the request waits for a read first. */
const FRESH_MS = 1_000;
/** The longest a request waits for that read (the database may be slow or away). */
const WAIT_FOR_READ_MS = 500;
/**
 * Each read goes back this far before the previous one: a revocation is
 * stamped when it is written and committed in the same short transaction,
 * so one written before a read but committed after it is still caught.
 */
const OVERLAP_MS = 10_000;
const FORGET_EVERY_MS = 60_000;

/**
 * The sessions and CLI tokens whose access tokens this instance refuses.
 * A revocation made here is known at once; one made through another
 * instance (or the CLI) within a read, every 250 ms, and a request is never
 * decided on what was read more than a second before unless the database
 * cannot be reached (then it keeps what it knew: nobody can revoke through
 * an unreachable database either, unless only this instance is cut off).
 * A set lookup per request: no round trip.
 */
@Injectable()
export class RevocationWatch implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RevocationWatch');
  private readonly revoked = new Map<string, number>();
  private readAt: Date | null = null;
  private freshAtMs = 0;
  private reading: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private lastForgetMs = 0;
  private failing = false;

  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.read();
    this.timer = setInterval(() => void this.read().catch(() => undefined), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** True when any of these ids (a token's session, the token itself) is revoked. */
  async isRevoked(ids: readonly (string | undefined)[]): Promise<boolean> {
    if (Date.now() - this.freshAtMs > FRESH_MS) await this.readWithin(WAIT_FOR_READ_MS);
    const now = Date.now();
    return ids.some((id) => id !== undefined && (this.revoked.get(id) ?? 0) > now);
  }

  /** Revocations this instance just committed: in force here before the next read. */
  note(known: readonly Revocation[]): void {
    for (const { id, expiresAt } of known) this.revoked.set(id, Math.max(this.revoked.get(id) ?? 0, expiresAt.getTime()));
  }

  private read(): Promise<void> {
    this.reading ??= this.readOnce().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readOnce(): Promise<void> {
    const started = Date.now();
    try {
      const since = this.readAt === null ? null : new Date(this.readAt.getTime() - OVERLAP_MS);
      const { revocations: found, readAt } = await revocations.read(this.pool, since);
      this.note(found);
      this.readAt = readAt;
      this.freshAtMs = started;
      if (this.failing) this.logger.log('revocations readable again');
      this.failing = false;
      if (started - this.lastForgetMs > FORGET_EVERY_MS) this.forgetExpired(started);
    } catch (error) {
      if (!this.failing) this.logger.warn(`cannot read revocations: ${(error as Error).message}`);
      this.failing = true;
      throw error;
    }
  }

  private async readWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.read().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  private forgetExpired(now: number): void {
    this.lastForgetMs = now;
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
    void revocations.forgetExpired(this.pool).catch(() => undefined);
  }
}
