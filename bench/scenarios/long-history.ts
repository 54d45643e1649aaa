import { PostgresEventStore } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { waitForProjections } from '../lib/catch-up';
import type { HttpClient } from '../lib/http-client';
import { registerVolunteer, type Seeded } from '../lib/seed';
import { verifiedService } from '../lib/service-records';
import { median, round } from '../lib/stats';
import { appendVerifiedRecords } from '../lib/synthetic-events';

const HISTORY_EVENTS = 20_000;
const REQUESTS = 50;

/** 4. One more record on an account of 20,000 events against one on a fresh account: sequential requests, alternating. */
export async function longHistoryScenario(http: HttpClient, databaseUrl: string, seeded: Seeded) {
  const longId = await registerVolunteer(http, seeded, '老志愿者');
  const freshId = await registerVolunteer(http, seeded, '新志愿者');
  const pool = openPool({ connectionString: databaseUrl, max: 4 });
  const store = new PostgresEventStore(pool);
  try {
    await appendVerifiedRecords(store, { volunteerIds: [longId], communityId: seeded.communityId, recordsPerVolunteer: HISTORY_EVENTS / 2, perAppend: 500, concurrency: 1 });
    await waitForProjections(pool);
  } finally {
    await store.close();
    await pool.end();
  }
  // Slots above the history's 0..9,999 and below the write scenario's.
  const record = async (volunteerId: string, index: number): Promise<number> => {
    const t0 = performance.now();
    const response = await http.send('POST', '/v1/service-records', seeded.staffToken, verifiedService(volunteerId, 20_000 + index));
    if (response.status !== 201) throw new Error(`record on ${volunteerId} -> ${response.status}: ${response.body.slice(0, 300)}`);
    return performance.now() - t0;
  };
  const fresh: number[] = [];
  const long: number[] = [];
  // Alternated, so both accounts meet the same background (autovacuum after the bulk history, checkpoints, the projections).
  for (let index = 0; index < REQUESTS; index += 1) {
    fresh.push(await record(freshId, index));
    long.push(await record(longId, index));
  }
  return {
    ratio: round(median(long) / median(fresh), 4),
    history_events: HISTORY_EVENTS,
    requests_each: REQUESTS,
    long: { median_ms: round(median(long)), first_ms: round(long[0]) },
    fresh: { median_ms: round(median(fresh)), first_ms: round(fresh[0]) },
  };
}
