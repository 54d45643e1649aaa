import { openPools } from '@shiji/postgres';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PendingTransfers } from '../health/pending-transfers.port';
import type { ProjectionStatus } from '../health/projection-status.port';
import type { VerificationStatus } from '../health/verification-status.port';

/** Seconds: from a cached read (under a millisecond) to a request that waits out X-Min-Position (5 s). */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const APPEND_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * Every metric of one api instance, in its own registry (tests run several
 * instances in one process). Values read at scrape time (projection lag,
 * pools, the last verification) are collected then, so a scrape costs two
 * small queries and nothing between scrapes.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'shiji_http_request_duration_seconds',
    help: 'HTTP requests by route pattern (never the raw path), method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  readonly rateLimitRefusals = new Counter({
    name: 'shiji_rate_limit_refusals_total',
    help: 'Requests answered 429 by the rate limit, by route pattern',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'shiji_event_store_append_duration_seconds',
    help: 'Appends to the event store by outcome: appended, conflict (wrong expected revision), failed',
    labelNames: ['outcome'] as const,
    buckets: APPEND_BUCKETS,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'shiji_event_store_append_conflicts_total',
    help: 'Appends refused for a wrong expected revision (the command is then decided again)',
    registers: [this.registry],
  });

  readonly verifications = new Counter({
    name: 'shiji_verifications_total',
    help: 'Verifications run by this process, by result: equal, different, failed',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.poolGauge();
  }

  /**
   * The `shiji_pending_moves` gauges: moves between two accounts (a
   * redemption paying its provider, later gifts and donations) whose intent
   * is stored and whose second step is not yet, and the age of the oldest.
   * Fed from the PENDING_TRANSFERS port (metrics.module.ts); without it the
   * gauges are not exported.
   */
  reportPendingMoves(transfers: PendingTransfers): void {
    const summary = onePerScrape(() => transfers.summary());
    new Gauge({
      name: 'shiji_pending_moves',
      help: 'Cross-account moves begun and not yet finished',
      registers: [this.registry],
      async collect() {
        this.set((await summary()).pending);
      },
    });
    new Gauge({
      name: 'shiji_pending_moves_oldest_seconds',
      help: 'Age of the oldest cross-account move not yet finished; 0 when none is pending',
      registers: [this.registry],
      async collect() {
        this.set((await summary()).oldestPendingSeconds ?? 0);
      },
    });
  }

  private poolGauge(): void {
    new Gauge({
      name: 'shiji_db_pool_connections',
      help: "This process's PostgreSQL pool connections by pool (application_name) and state: total, idle, waiting (queries queued for a connection), max",
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const usage of openPools()) {
          for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.inc({ pool: usage.name, state }, usage[state]);
        }
      },
    });
  }

  /** Per-projection lag and checkpoint gauges, read from `projections` at each scrape. */
  reportProjections(projections: ProjectionStatus): void {
    const lags = onePerScrape(() => projections.lag());
    new Gauge({
      name: 'shiji_projection_lag_events',
      help: 'Events in the log not yet applied, per projection (wherever the projections run)',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        const current = await lags();
        this.reset();
        for (const { name, checkpoint, head } of current) this.set({ projection: name }, Math.max(0, head - checkpoint));
      },
    });
    new Gauge({
      name: 'shiji_projection_checkpoint_position',
      help: 'Global log position each projection has applied',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        const current = await lags();
        this.reset();
        for (const { name, checkpoint } of current) this.set({ projection: name }, checkpoint);
      },
    });
  }

  /**
   * The last verification's outcome and time, read from `verification` at
   * each scrape, labelled by its result so that no series exists before the
   * first one finishes (an unlabelled gauge would read 0, a false alarm).
   */
  reportVerification(verification: VerificationStatus): void {
    const last = onePerScrape(() => verification.last());
    new Gauge({
      name: 'shiji_verification_last_result',
      help: '1, labelled with the result of the last finished verification (api or cli): equal (views equal a replay, every hash chain holds), different, failed',
      labelNames: ['result'] as const,
      registers: [this.registry],
      async collect() {
        const outcome = await last();
        this.reset();
        if (outcome) this.set({ result: outcome.status }, 1);
      },
    });
    new Gauge({
      name: 'shiji_verification_last_finished_timestamp_seconds',
      help: 'When the last verification finished, Unix time, labelled with its result',
      labelNames: ['result'] as const,
      registers: [this.registry],
      async collect() {
        const outcome = await last();
        this.reset();
        if (outcome) this.set({ result: outcome.status }, Date.parse(outcome.finishedAt) / 1000);
      },
    });
  }
}

/** Gauges of one scrape are collected at once: they share one read of their source. */
function onePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = undefined;
    }));
}
