import { PostgresEventStore, eventStoreMigrations, type PostgresEventStoreOptions } from '@shiji/event-store';
import { runMigrations } from '@shiji/postgres';
import { createTestDatabase } from '../../support/database';

export interface MigratedStore {
  store: PostgresEventStore;
  url: string;
  cleanup(): Promise<void>;
}

/** A PostgresEventStore on a fresh, migrated test database. */
export async function createPostgresStore(options?: PostgresEventStoreOptions): Promise<MigratedStore> {
  const database = await createTestDatabase();
  await runMigrations(database.url, eventStoreMigrations);
  const store = new PostgresEventStore(database.url, options);
  return {
    store,
    url: database.url,
    async cleanup() {
      await store.close();
      await database.drop();
    },
  };
}
