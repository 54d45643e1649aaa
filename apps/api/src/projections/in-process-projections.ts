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
    for (const projection of ALL_PROJECTIONS) {
      const runner = new ProjectionRunner(this.pool, this.store, projection, {
        onError: (name, error) => this.logger.error({ projection: name, err: error }, 'projection failed; restarting from its checkpoint'),
      });
      this.runners.push(runner);
      await runner.start();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
