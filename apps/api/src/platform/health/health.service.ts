import { Inject, Injectable, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { DATABASE_POOL } from '../database/database-pool';
import { ROOT_LOGGER } from '../logging/root-logger.token';
import type { ComponentHealth, HealthReport, ProjectionsHealth } from './health-report';
import { PROJECTION_STATUS, type ProjectionStatus } from './projection-status.port';
import { withTimeout } from './with-timeout';

const CHECK_TIMEOUT_MS = 3_000;

@Injectable()
export class HealthService {
  private readonly logger: Logger;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(ROOT_LOGGER) logger: Logger,
    @Optional() @Inject(PROJECTION_STATUS) private readonly projectionStatus?: ProjectionStatus,
  ) {
    this.logger = logger.child({ context: HealthService.name });
  }

  async check(): Promise<HealthReport> {
    const [database, eventStore, projections] = await Promise.all([
      this.probe(() => this.pool.query('SELECT 1').then(() => undefined), 'database'),
      this.probe(() => this.eventStore.ping(), 'event store'),
      this.projections(),
    ]);
    const status = database.status === 'up' && eventStore.status === 'up' ? 'up' : 'down';
    return { status, database, eventStore, projections };
  }

  private async probe(work: () => Promise<void>, what: string): Promise<ComponentHealth> {
    try {
      await withTimeout(work(), CHECK_TIMEOUT_MS, what);
      return { status: 'up' };
    } catch (error) {
      this.logger.warn({ err: error }, `health check: ${what} is down`);
      return { status: 'down' };
    }
  }

  /** Lag is information, not readiness: it never turns the whole report down. */
  private async projections(): Promise<ProjectionsHealth> {
    if (!this.projectionStatus) return { status: 'not_available', lag: null };
    try {
      const checkpoints = await withTimeout(this.projectionStatus.lag(), CHECK_TIMEOUT_MS, 'projections');
      const projections = checkpoints.map(({ name, checkpoint, head }) => ({ name, checkpoint, head, lag: Math.max(0, head - checkpoint) }));
      return { status: 'up', lag: Math.max(0, ...projections.map((entry) => entry.lag)), projections };
    } catch (error) {
      this.logger.warn({ err: error }, 'health check: projection progress unavailable');
      return { status: 'down', lag: null };
    }
  }
}
