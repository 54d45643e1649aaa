import { NO_CPU, perOperation, sum, type CpuMeter, type CpuSample } from '../lib/cpu-meter';
import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { round, summarise } from '../lib/stats';

const CONCURRENCY = 64;
const WARM_UP_REQUESTS = 2_000;
/**
 * Each route's requests go in this many slices, the routes taking turns.
 * The machine's speed drifts by tens of percent within a minute on a shared
 * VM; measured one after the other, the ratio took the drift whole.
 */
const SLICES = 5;

interface RouteRun {
  elapsedMs: number;
  errors: number;
  latencies: number[];
  cpu: CpuSample;
}

/**
 * 2. GET /v1/volunteers/{id}/account against GET /health/live (constant, no
 * database) on the same server, in the default configuration: with no writes
 * under way, account reads are answered from memory (CACHED_ACCOUNT_READS).
 * `uncached` is a second api on the same database started with
 * CACHED_ACCOUNT_READS=false: its account reads, in turn with the others,
 * show what every read costs when it asks PostgreSQL (a write has just
 * overtaken the cached snapshot, say). Each slice's CPU is measured on its
 * own server (`meter` the default api, `uncachedMeter` the second one).
 */
export async function readScenario(http: HttpClient, uncached: HttpClient, seeded: Seeded, requests: number, meter: CpuMeter, uncachedMeter: CpuMeter) {
  const volunteers = seeded.volunteerIds;
  const accountPath = (index: number) => `/v1/volunteers/${volunteers[index % volunteers.length]}/account`;
  const livePath = () => '/health/live';
  const slice = (client: HttpClient, path: (index: number) => string, count: number, offset: number) =>
    runConcurrently(count, CONCURRENCY, async (index) => (await client.send('GET', path(offset + index), seeded.staffToken)).status === 200);
  const measuredSlice = async (sliceMeter: CpuMeter, client: HttpClient, path: (index: number) => string, count: number, offset: number) => {
    const { result, cpu } = await sliceMeter.measure(() => slice(client, path, count, offset));
    return { ...result, cpu };
  };

  // Every route warms up the same way first (connections, JIT, caches), so none is measured while V8 still compiles its path.
  await slice(http, accountPath, WARM_UP_REQUESTS, 0);
  await slice(http, livePath, WARM_UP_REQUESTS, 0);
  await slice(uncached, accountPath, WARM_UP_REQUESTS, 0);

  const runs = { account: emptyRun(), live: emptyRun(), uncached: emptyRun() };
  const perSlice = Math.ceil(requests / SLICES);
  for (let done = 0; done < requests; done += perSlice) {
    const count = Math.min(perSlice, requests - done);
    add(runs.account, await measuredSlice(meter, http, accountPath, count, done));
    add(runs.live, await measuredSlice(meter, http, livePath, count, done));
    add(runs.uncached, await measuredSlice(uncachedMeter, uncached, accountPath, count, done));
  }
  const report = (route: string, run: RouteRun) => ({
    route,
    concurrency: CONCURRENCY,
    requests,
    slices: SLICES,
    errors: run.errors,
    req_per_s: round((requests / run.elapsedMs) * 1000),
    ...summarise(run.latencies),
    cpu: perOperation(run.cpu, requests),
  });
  const account = report('GET /v1/volunteers/{id}/account', runs.account);
  const baseline = report('GET /health/live', runs.live);
  const accountUncached = { ...report('GET /v1/volunteers/{id}/account, second api with CACHED_ACCOUNT_READS=false', runs.uncached), ratio_to_baseline: 0 };
  accountUncached.ratio_to_baseline = round(accountUncached.req_per_s / baseline.req_per_s, 4);
  return { ratio: round(account.req_per_s / baseline.req_per_s, 4), read_cpu_us: account.cpu.service_us, account, baseline, account_uncached: accountUncached };
}

function emptyRun(): RouteRun {
  return { elapsedMs: 0, errors: 0, latencies: [], cpu: NO_CPU };
}

function add(total: RouteRun, slice: RouteRun): void {
  total.elapsedMs += slice.elapsedMs;
  total.errors += slice.errors;
  total.cpu = sum(total.cpu, slice.cpu);
  for (const latency of slice.latencies) total.latencies.push(latency);
}
