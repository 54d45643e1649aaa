import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '@shiji/event-store';
import { verifyReadModels } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { Metrics } from '../../platform/metrics/metrics';
import { VerificationsStore } from './verifications.store';

/**
 * Runs `verify` in the background of the api process: a request only starts
 * it, and its outcome lands in audit_verifications. On shutdown running
 * checks are aborted (their rows say so) before the pool closes.
 */
@Injectable()
export class VerificationsService implements OnModuleDestroy {
  private readonly logger = new Logger('Verifications');
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly verifications: VerificationsStore,
    private readonly metrics: Metrics,
  ) {}

  async start(requestedBy: string): Promise<string> {
    const id = randomUUID();
    await this.verifications.started(id, requestedBy);
    const abort = new AbortController();
    const done = this.run(id, abort.signal).finally(() => this.running.delete(id));
    this.running.set(id, { abort, done });
    return id;
  }

  /** Resolves once every verification started so far has ended. */
  async settled(): Promise<void> {
    await Promise.all([...this.running.values()].map((entry) => entry.done));
  }

  async onModuleDestroy(): Promise<void> {
    for (const entry of this.running.values()) entry.abort.abort(new Error('the api is shutting down'));
    await this.settled();
  }

  private async run(id: string, signal: AbortSignal): Promise<void> {
    try {
      // Only the PostgreSQL store keeps a hash chain to recompute.
      const report = await verifyReadModels({ pool: this.pool, store: this.store, hashChains: this.store instanceof PostgresEventStore, signal });
      await this.verifications.finished(id, report);
      this.metrics.verifications.inc({ result: report.equal ? 'equal' : 'different' });
      if (!report.equal) {
        this.logger.error(
          { verificationId: id, differences: report.differences.length, eventProblems: report.eventProblems.length },
          'verification found the views or the log differing from a replay',
        );
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.metrics.verifications.inc({ result: 'failed' });
      this.logger.error({ verificationId: id, err: error }, 'verification failed');
      await this.verifications.failed(id, message).catch(() => undefined);
    }
  }
}
