import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { round, summarise } from '../lib/stats';

const CONCURRENCY = 64;

/** 2. GET /v1/volunteers/{id}/account against GET /health/live (constant, no database) on the same server. */
export async function readScenario(http: HttpClient, seeded: Seeded, requests: number) {
  const volunteers = seeded.volunteerIds;
  const measure = async (route: string, path: (index: number) => string) => {
    const run = await runConcurrently(requests, CONCURRENCY, async (index) => (await http.send('GET', path(index), seeded.staffToken)).status === 200);
    return { route, concurrency: CONCURRENCY, requests, errors: run.errors, req_per_s: round((requests / run.elapsedMs) * 1000), ...summarise(run.latencies) };
  };
  // A short warm-up so neither side pays for first connections and JIT.
  await runConcurrently(500, CONCURRENCY, async () => (await http.send('GET', '/health/live')).status === 200);
  const account = await measure('GET /v1/volunteers/{id}/account', (index) => `/v1/volunteers/${volunteers[index % volunteers.length]}/account`);
  const baseline = await measure('GET /health/live', () => '/health/live');
  return { ratio: round(account.req_per_s / baseline.req_per_s, 4), account, baseline };
}
