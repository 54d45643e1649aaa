import { Pool } from 'pg';
import { PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, createReadModelSchema, ProjectionRunner } from '@shiji/projections';
import { waitForProjections } from '../lib/catch-up';
import { round } from '../lib/stats';
import { appendVerifiedRecords } from '../lib/synthetic-events';

const RECORDS_PER_VOLUNTEER = 100;

/** 3. Project N synthetic events from an empty checkpoint, against an unindexed bulk insert of N rows. */
export async function projectionScenario(createDatabase: (name: string, migrate?: boolean) => Promise<string>, events: number) {
  const url = await createDatabase('bench_projection');
  const pool = new Pool({ connectionString: url, max: 8 });
  const store = new PostgresEventStore(pool);
  const runners: ProjectionRunner[] = [];
  try {
    const volunteers = Math.ceil(events / 2 / RECORDS_PER_VOLUNTEER);
    const volunteerIds = Array.from({ length: volunteers }, (_, index) => `synthetic-${index}`);
    const t0 = performance.now();
    const appended = await appendVerifiedRecords(store, { volunteerIds, communityId: 'bench-community', recordsPerVolunteer: RECORDS_PER_VOLUNTEER, perAppend: 100, concurrency: 4 });
    const appendMs = performance.now() - t0;

    await createReadModelSchema(pool, ALL_PROJECTIONS);
    const t1 = performance.now();
    // As the service runs them: every projection in one pass over the log.
    const runner = new ProjectionRunner(pool, store, ALL_PROJECTIONS);
    runners.push(runner);
    await runner.start();
    await waitForProjections(pool);
    const projectMs = performance.now() - t1;

    const baseline = await bulkInsertBaseline(url, appended);
    const eventsPerS = (appended / projectMs) * 1000;
    return {
      ratio: round(eventsPerS / baseline.rows_per_s, 4),
      events: appended,
      projections: ALL_PROJECTIONS.map((projection) => projection.name),
      projection_seconds: round(projectMs / 1000),
      events_per_s: round(eventsPerS),
      seeding: { method: 'PostgresEventStore.appendToStream, 200 events per append, 4 at once', seconds: round(appendMs / 1000), events_per_s: round((appended / appendMs) * 1000) },
      baseline,
    };
  } finally {
    for (const runner of runners) await runner.stop();
    await store.close();
    await pool.end();
  }
}

/** pg-copy-streams is not installed, so the server generates the rows itself: INSERT … SELECT generate_series into an unindexed table. */
async function bulkInsertBaseline(url: string, rows: number) {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query('CREATE TABLE bench_bulk_scratch (position bigint, stream_id text, data jsonb)');
    const t0 = performance.now();
    await pool.query(
      `INSERT INTO bench_bulk_scratch
       SELECT g, 'account-synthetic-' || (g % 1000), jsonb_build_object('recordId', md5(g::text), 'volunteerId', 'synthetic-' || (g % 1000), 'minutes', 30)
       FROM generate_series(1, $1::bigint) AS g`,
      [rows],
    );
    const ms = performance.now() - t0;
    await pool.query('DROP TABLE bench_bulk_scratch');
    return { method: 'INSERT ... SELECT generate_series into an unindexed table (stand-in for COPY; pg-copy-streams not installed)', rows, seconds: round(ms / 1000), rows_per_s: round((rows / ms) * 1000) };
  } finally {
    await pool.end();
  }
}
