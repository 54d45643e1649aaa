import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { round, summarise } from '../lib/stats';

const CONCURRENCY = 64;
const WARM_UP_REQUESTS = 2_000;
/**
 * Each route's requests go in this many slices, the two routes taking turns.
 * The machine's speed drifts by tens of percent within a minute on a shared
 * VM; measured one after the other, the ratio took the drift whole.
 */
const SLICES = 5;

interface RouteRun {
  elapsedMs: number;
  errors: number;
  latencies: number[];
}

/** 2. GET /v1/volunteers/{id}/account against GET /health/live (constant, no database) on the same server. */
export async function readScenario(http: HttpClient, seeded: Seeded, requests: number) {
  const volunteers = seeded.volunteerIds;
  const accountPath = (index: number) => `/v1/volunteers/${volunteers[index % volunteers.length]}/account`;
  const livePath = () => '/health/live';
  const slice = (path: (index: number) => string, count: number, offset: number) =>
    runConcurrently(count, CONCURRENCY, async (index) => (await http.send('GET', path(offset + index), seeded.staffToken)).status === 200);

  // Both routes warm up the same way first (connections, JIT, caches), so neither is measured while V8 still compiles its path.
  await slice(accountPath, WARM_UP_REQUESTS, 0);
  await slice(livePath, WARM_UP_REQUESTS, 0);

  const runs = { account: emptyRun(), live: emptyRun() };
  const perSlice = Math.ceil(requests / SLICES);
  for (let done = 0; done < requests; done += perSlice) {
    const count = Math.min(perSlice, requests - done);
    add(runs.account, await slice(accountPath, count, done));
    add(runs.live, await slice(livePath, count, done));
  }
  const report = (route: string, run: RouteRun) => ({
    route,
    concurrency: CONCURRENCY,
    requests,
    slices: SLICES,
    errors: run.errors,
    req_per_s: round((requests / run.elapsedMs) * 1000),
    ...summarise(run.latencies),
  });
  const account = report('GET /v1/volunteers/{id}/account', runs.account);
  const baseline = report('GET /health/live', runs.live);
  return { ratio: round(account.req_per_s / baseline.req_per_s, 4), account, baseline };
}

function emptyRun(): RouteRun {
  return { elapsedMs: 0, errors: 0, latencies: [] };
}

function add(total: RouteRun, slice: { elapsedMs: number; errors: number; latencies: number[] }): void {
  total.elapsedMs += slice.elapsedMs;
  total.errors += slice.errors;
  for (const latency of slice.latencies) total.latencies.push(latency);
}
