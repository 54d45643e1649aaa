import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionRunner } from '@shiji/projections';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { DATABASE_POOL } from '../platform/database/database-pool';

/**
 * Runs every projection inside the api process unless PROJECTIONS_IN_PROCESS
 * is false (then `apps/projector` runs them). Each runner takes its advisory
 * lock first, so several api instances still have one writer per projection.
 */
@Injectable()
export class InProcessProjections implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private readonly runners: ProjectionRunner[] = [];

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.projectionsInProcess) return;
    // One pass over the log for all projections: one read, one transaction per batch.
    const runner = new ProjectionRunner(this.pool, this.store, ALL_PROJECTIONS, {
      onError: (names, error) => this.logger.error({ projections: names, err: error }, 'projections failed; restarting from their checkpoints'),
    });
    this.runners.push(runner);
    await runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
