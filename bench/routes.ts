import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { canPin, otherCores, pin, processCpuMs } from './lib/cpu-pinning';
import { startApi } from './lib/api-process';
import { startBenchDatabase } from './lib/database';
import { HttpClient } from './lib/http-client';
import { runConcurrently } from './lib/pool-run';
import { writeResults, machineInfo, printTable } from './lib/report';
import { seedThroughApi, type Seeded } from './lib/seed';
import { spreadVerifiedService } from './lib/service-records';
import { median, round } from './lib/stats';

const VOLUNTEERS = 200;
const REQUESTS = 4_000;
const ROUNDS = 4;
/** Above the slots of every scenario in main.ts: this run has a database of its own anyway. */
const FIRST_SLOT = 50_000;

interface Route {
  name: string;
  concurrency: number;
  /** Served by the api with CACHED_ACCOUNT_READS=false rather than the default one. */
  uncached?: true;
  send(http: HttpClient, seeded: Seeded, index: number): Promise<boolean>;
}

const readAccount = async (http: HttpClient, seeded: Seeded, index: number) =>
  (await http.send('GET', `/v1/volunteers/${seeded.volunteerIds[index % VOLUNTEERS]}/account`, seeded.staffToken)).status === 200;

const ROUTES: Route[] = [
  { name: 'GET /health/live', concurrency: 64, send: async (http, seeded) => (await http.send('GET', '/health/live', seeded.staffToken)).status === 200 },
  { name: 'GET /v1/volunteers/{id}/account', concurrency: 64, send: readAccount },
  { name: 'GET /v1/volunteers/{id}/account (CACHED_ACCOUNT_READS=false)', concurrency: 64, uncached: true, send: readAccount },
  {
    name: 'POST /v1/service-records (verify: true)',
    concurrency: 32,
    send: async (http, seeded, index) => (await http.send('POST', '/v1/service-records', seeded.staffToken, spreadVerifiedService(seeded, FIRST_SLOT, index))).status === 201,
  },
];

const log = (line: string): void => void process.stderr.write(`[bench:routes] ${line}\n`);

/**
 * `npm run bench -- --routes`: the api's own CPU time per request, route by
 * route, with the api pinned to core 0 and this load generator and
 * PostgreSQL on the other cores. Throughput on a shared 2-core VM swings by
 * a quarter from minute to minute; CPU per request on a core of its own is
 * steady enough to tell a 5 % change, which is what tuning needs. The first
 * round warms up; the figure is the median of the others.
 *
 * Account reads are measured twice: on the default api, where most are
 * answered from memory (the round's writes overtake the snapshots, so the
 * first reads after them miss), and on a second api, also pinned to core 0,
 * started with CACHED_ACCOUNT_READS=false.
 */
export async function routesMain(): Promise<void> {
  if (!canPin()) throw new Error('--routes needs Linux, taskset and at least 2 cores');
  // Before PostgreSQL starts, so its processes inherit the other cores.
  pin(process.pid, otherCores());
  const jwtSecret = randomBytes(32).toString('hex');
  const database = await startBenchDatabase(log);
  const stopDatabase = () => void database.dispose().finally(() => process.exit(130));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopDatabase);
  try {
    const api = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api') });
    const http = new HttpClient(api.baseUrl);
    const uncachedApi = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api-uncached'), env: { CACHED_ACCOUNT_READS: 'false' } });
    const uncachedHttp = new HttpClient(uncachedApi.baseUrl);
    try {
      pin(api.pid, '0');
      pin(uncachedApi.pid, '0');
      const seeded = await seedThroughApi(http, jwtSecret, VOLUNTEERS);
      const perRequest = new Map<string, number[]>(ROUTES.map((route) => [route.name, []]));
      for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex += 1) {
        for (const route of ROUTES) {
          const [server, client] = route.uncached ? [uncachedApi, uncachedHttp] : [api, http];
          const before = processCpuMs(server.pid);
          const run = await runConcurrently(REQUESTS, route.concurrency, (index) => route.send(client, seeded, roundIndex * REQUESTS + index));
          if (run.errors > 0) throw new Error(`${route.name}: ${run.errors} errors, first: ${run.firstError}`);
          if (roundIndex > 0) perRequest.get(route.name)?.push(((processCpuMs(server.pid) - before) * 1000) / REQUESTS);
        }
        log(`round ${roundIndex + 1}/${ROUNDS}${roundIndex === 0 ? ' (warm-up)' : ''}`);
      }
      const routes = ROUTES.map((route) => {
        const rounds = perRequest.get(route.name) ?? [];
        return { route: route.name, concurrency: route.concurrency, api_cpu_us_per_request: round(median(rounds), 1), rounds_us: rounds.map((value) => round(value, 1)) };
      });
      writeResults({ mode: 'routes', requests_per_round: REQUESTS, rounds: ROUNDS - 1, routes, machine: machineInfo(), date: new Date().toISOString() }, 'routes.json');
      printTable(
        routes.map((route) => [route.route, `${route.api_cpu_us_per_request} µs`, route.rounds_us.join(', ')]),
        ['route (api pinned to core 0)', 'api CPU per request (median)', 'rounds (µs)'],
      );
    } finally {
      http.close();
      uncachedHttp.close();
      await Promise.all([api.stop(), uncachedApi.stop()]);
    }
  } finally {
    await database.dispose();
  }
}
