import type { MigrationInterface } from 'typeorm';
import { CreateEventStore1763700000000 } from './schema/migrations/1763700000000-create-event-store';
import { ReplaceAppendFunction1764500000000 } from './schema/migrations/1764500000000-replace-append-function';
import { AddAppendBatchFunction1764600000000 } from './schema/migrations/1764600000000-add-append-batch-function';
import { AddAuditFilterIndexes1766400000000 } from './schema/migrations/1766400000000-add-audit-filter-indexes';

/** The PostgreSQL event store's schema, oldest first; run them with runMigrations from @shiji/postgres. */
export const eventStoreMigrations: ReadonlyArray<new () => MigrationInterface> = [
  CreateEventStore1763700000000,
  ReplaceAppendFunction1764500000000,
  AddAppendBatchFunction1764600000000,
  AddAuditFilterIndexes1766400000000,
];
