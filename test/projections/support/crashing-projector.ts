import { PostgresEventStore, type StoredEvent } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { ALL_PROJECTIONS, ProjectionRunner, type DocumentStore, type Projection } from '@shiji/projections';

/**
 * Runs every projection and kills its own process (SIGKILL: no cleanup, no
 * rollback sent) while applying the CRASH_AT-th event, in the middle of a batch.
 */
const databaseUrl = process.env.DATABASE_URL as string;
const crashAt = Number(process.env.CRASH_AT);
let applied = 0;

function crashing(projection: Projection): Projection {
  return {
    ...projection,
    apply(event: StoredEvent, documents: DocumentStore) {
      applied += 1;
      if (applied === crashAt) process.kill(process.pid, 'SIGKILL');
      projection.apply(event, documents);
    },
  };
}

const pool = openPool({ connectionString: databaseUrl });
const store = new PostgresEventStore(databaseUrl);
void new ProjectionRunner(pool, store, ALL_PROJECTIONS.map(crashing), { batchSize: 100 }).start();
