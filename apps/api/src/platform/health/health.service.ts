import { Inject, Injectable, Optional } from '@nestjs/common';
import { EVENT_STORE, isStoreUnavailable, type EventStore } from '@shiji/event-store';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DATABASE_POOL } from '../database/database-pool';
import { ROOT_LOGGER } from '../logging/root-logger.token';
import type { ComponentHealth, DownReason, HealthReport, ProjectionsHealth, TransfersHealth, VerificationHealth } from './health-report';
import { PENDING_TRANSFERS, type PendingTransfers } from './pending-transfers.port';
import { PROJECTION_STATUS, type ProjectionStatus } from './projection-status.port';
import { VERIFICATION_STATUS, type VerificationStatus } from './verification-status.port';
import { TimeoutError, withTimeout } from './with-timeout';

const CHECK_TIMEOUT_MS = 3_000;

const DOWN_REASONS: Record<DownReason, string> = {
  unreachable: '无法连接 / unreachable',
  timeout: '无响应 / not answering',
  error: '出错 / failing',
};

/**
 * What /health answers. Down (503) when the database or the event store does
 * not answer: nothing can be served. Degraded (200) when they answer but the
 * views have fallen behind the log, or a move between two accounts has been
 * left half-done, past the configured thresholds: the api still takes writes,
 * but what it reads is stale, which a dead projector or process manager
 * would otherwise hide behind "up".
 */
@Injectable()
export class HealthService {
  private readonly logger: Logger;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'healthMaxLagEvents' | 'healthMaxLagSeconds'>,
    @Inject(ROOT_LOGGER) logger: Logger,
    @Optional() @Inject(PROJECTION_STATUS) private readonly projectionStatus?: ProjectionStatus,
    @Optional() @Inject(PENDING_TRANSFERS) private readonly pendingTransfers?: PendingTransfers,
    @Optional() @Inject(VERIFICATION_STATUS) private readonly verificationStatus?: VerificationStatus,
  ) {
    this.logger = logger.child({ context: HealthService.name });
  }

  async check(): Promise<HealthReport> {
    const [database, eventStore, projections, transfers, verification] = await Promise.all([
      this.probe(() => this.pool.query('SELECT 1').then(() => undefined), 'database'),
      this.probe(() => this.eventStore.ping(), 'event store'),
      this.projections(),
      this.transfers(),
      this.verification(),
    ]);
    const reasons: string[] = [];
    if (database.reason) reasons.push(`数据库${DOWN_REASONS[database.reason]}`.replace(' / ', ' / database '));
    if (eventStore.reason) reasons.push(`事件存储${DOWN_REASONS[eventStore.reason]}`.replace(' / ', ' / event store '));
    if (projections.status === 'lagging') {
      reasons.push(`视图落后于日志 ${projections.lag} 条事件、${projections.lagSeconds} 秒 / views ${projections.lag} events and ${projections.lagSeconds} s behind the log`);
    }
    if (transfers.status === 'lagging') {
      reasons.push(`有 ${transfers.pending} 笔账户间转移未完成，最久 ${transfers.oldestPendingSeconds} 秒 / ${transfers.pending} moves between accounts half-done, the oldest for ${transfers.oldestPendingSeconds} s`);
    }
    const down = database.status === 'down' || eventStore.status === 'down';
    const status = down ? 'down' : reasons.length > 0 ? 'degraded' : 'up';
    return { status, reasons, database, eventStore, projections, transfers, verification };
  }

  private async probe(work: () => Promise<void>, what: string): Promise<ComponentHealth> {
    try {
      await withTimeout(work(), CHECK_TIMEOUT_MS, what);
      return { status: 'up' };
    } catch (error) {
      this.logger.warn({ err: error }, `health check: ${what} is down`);
      return { status: 'down', reason: error instanceof TimeoutError ? 'timeout' : isStoreUnavailable(error) ? 'unreachable' : 'error' };
    }
  }

  private async projections(): Promise<ProjectionsHealth> {
    if (!this.projectionStatus) return { status: 'not_available', lag: null, lagSeconds: null };
    try {
      const checkpoints = await withTimeout(this.projectionStatus.lag(), CHECK_TIMEOUT_MS, 'projections');
      const projections = checkpoints.map(({ name, checkpoint, head }) => ({ name, checkpoint, head, lag: Math.max(0, head - checkpoint) }));
      const lag = Math.max(0, ...projections.map((entry) => entry.lag));
      const lagSeconds = lag === 0 ? 0 : await withTimeout(this.ageOfEventAfter(Math.min(...projections.map((entry) => entry.checkpoint))), CHECK_TIMEOUT_MS, 'oldest unapplied event');
      const lagging = lag > this.config.healthMaxLagEvents || lagSeconds > this.config.healthMaxLagSeconds;
      return { status: lagging ? 'lagging' : 'up', lag, lagSeconds, projections };
    } catch (error) {
      this.logger.warn({ err: error }, 'health check: projection progress unavailable');
      return { status: 'down', lag: null, lagSeconds: null };
    }
  }

  /** Seconds since the first event after `position` was stored: how long the slowest view has been behind. */
  private async ageOfEventAfter(position: number): Promise<number> {
    const [next] = await this.eventStore.readAll({ after: position, maxCount: 1 });
    return next ? Math.max(0, Math.round((Date.now() - next.recordedAt.getTime()) / 1000)) : 0;
  }

  private async transfers(): Promise<TransfersHealth> {
    if (!this.pendingTransfers) return { status: 'not_available', pending: null, oldestPendingSeconds: null };
    try {
      const { pending, oldestPendingSeconds } = await withTimeout(this.pendingTransfers.summary(), CHECK_TIMEOUT_MS, 'pending transfers');
      const lagging = oldestPendingSeconds !== null && oldestPendingSeconds > this.config.healthMaxLagSeconds;
      return { status: lagging ? 'lagging' : 'up', pending, oldestPendingSeconds };
    } catch (error) {
      this.logger.warn({ err: error }, 'health check: pending transfers unavailable');
      return { status: 'down', pending: null, oldestPendingSeconds: null };
    }
  }

  private async verification(): Promise<VerificationHealth> {
    if (!this.verificationStatus) return { status: 'not_available' };
    try {
      const last = await withTimeout(this.verificationStatus.last(), CHECK_TIMEOUT_MS, 'verification status');
      return last ? { status: last.status, verificationId: last.verificationId, finishedAt: last.finishedAt } : { status: 'none' };
    } catch (error) {
      this.logger.warn({ err: error }, 'health check: verification status unavailable');
      return { status: 'not_available' };
    }
  }
}
