import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { round, summarise } from '../lib/stats';

const CONCURRENCY = 64;
const WARM_UP_REQUESTS = 2_000;

/** 2. GET /v1/volunteers/{id}/account against GET /health/live (constant, no database) on the same server. */
export async function readScenario(http: HttpClient, seeded: Seeded, requests: number) {
  const volunteers = seeded.volunteerIds;
  const measure = async (route: string, path: (index: number) => string) => {
    const run = await runConcurrently(requests, CONCURRENCY, async (index) => (await http.send('GET', path(index), seeded.staffToken)).status === 200);
    return { route, concurrency: CONCURRENCY, requests, errors: run.errors, req_per_s: round((requests / run.elapsedMs) * 1000), ...summarise(run.latencies) };
  };
  const accountPath = (index: number) => `/v1/volunteers/${volunteers[index % volunteers.length]}/account`;
  // Both routes warm up the same way first (connections, JIT, caches), so neither is measured while V8 still compiles its path.
  await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, async (index) => (await http.send('GET', accountPath(index), seeded.staffToken)).status === 200);
  await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, async () => (await http.send('GET', '/health/live')).status === 200);
  const account = await measure('GET /v1/volunteers/{id}/account', accountPath);
  const baseline = await measure('GET /health/live', () => '/health/live');
  return { ratio: round(account.req_per_s / baseline.req_per_s, 4), account, baseline };
}
