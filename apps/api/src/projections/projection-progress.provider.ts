import type { Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

export const PROJECTION_PROGRESS = Symbol('PROJECTION_PROGRESS');

export const projectionProgressProvider: Provider = {
  provide: PROJECTION_PROGRESS,
  inject: [DATABASE_POOL, EVENT_STORE],
  useFactory: (pool: Pool, store: EventStore) => new ProjectionProgress(pool, store, ALL_PROJECTIONS),
};
