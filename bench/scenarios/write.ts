import { openPool } from '@shiji/postgres';
import { waitForProjections } from '../lib/catch-up';
import { perOperation, type CpuMeter } from '../lib/cpu-meter';
import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import type { Seeded } from '../lib/seed';
import { spreadVerifiedService } from '../lib/service-records';
import { round, summarise } from '../lib/stats';

const CONCURRENCY = 32;
/** Slots 0..19,999 belong to the long-history account; these start after them. */
const FIRST_SLOT = 30_000;
/** The warm-up's records, before the measured ones. */
const WARM_UP_SLOT = 29_000;
const WARM_UP_REQUESTS = 500;

/**
 * 1. POST /v1/service-records with verify: true, against single-row INSERTs
 * with pg at the same concurrency. `meter` watches the api: the CPU window of
 * the writes closes once the projections have caught up with them, so the
 * projection work a write causes is part of its cost, and none of it falls
 * into the baseline's window.
 */
export async function writeScenario(http: HttpClient, databaseUrl: string, seeded: Seeded, requests: number, meter: CpuMeter) {
  const volunteers = seeded.volunteerIds;
  const record = (firstSlot: number) => async (index: number) =>
    (await http.send('POST', '/v1/service-records', seeded.staffToken, spreadVerifiedService(seeded, firstSlot, index))).status === 201;
  // Warmed up like the baseline below, so the route is not measured while V8 still compiles it.
  const warmUp = await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, record(WARM_UP_SLOT));
  if (warmUp.errors > 0) throw new Error(`write warm-up failed ${warmUp.errors} times: ${warmUp.firstError}`);
  const { result: service, cpu } = await meter.measure(async () => {
    const run = await runConcurrently(requests, CONCURRENCY, record(FIRST_SLOT));
    await caughtUp(databaseUrl);
    return run;
  });
  const serviceCpu = perOperation(cpu, requests);
  const baseline = await insertBaseline(databaseUrl, requests, meter.forServer(undefined));
  const serviceRate = (requests / service.elapsedMs) * 1000;
  return {
    ratio: round(serviceRate / baseline.tx_per_s, 4),
    write_cpu_us: serviceCpu.service_us,
    insert_cpu_us: baseline.cpu.insert_cpu_us,
    cpu_ratio_write: round(baseline.cpu.insert_cpu_us / serviceCpu.service_us, 4),
    service: {
      route: 'POST /v1/service-records (verify: true)',
      concurrency: CONCURRENCY,
      volunteers: volunteers.length,
      requests,
      errors: service.errors,
      first_error: service.firstError,
      req_per_s: round(serviceRate),
      ...summarise(service.latencies),
      cpu: { ...serviceCpu, window: 'the requests, then until every projection has caught up' },
    },
    baseline,
  };
}

async function caughtUp(databaseUrl: string): Promise<void> {
  const pool = openPool({ connectionString: databaseUrl, max: 1 });
  try {
    await waitForProjections(pool);
  } finally {
    await pool.end();
  }
}

/**
 * The INSERT's CPU is PostgreSQL's plus the load generator's, which is its
 * client here as the api is for a write: there is no server in between.
 */
async function insertBaseline(databaseUrl: string, transactions: number, meter: CpuMeter) {
  const pool = openPool({ connectionString: databaseUrl, max: CONCURRENCY });
  try {
    await pool.query('CREATE TABLE bench_write_scratch (id bigserial PRIMARY KEY, volunteer_id text NOT NULL, payload jsonb NOT NULL)');
    const insert = async (index: number) => {
      await pool.query('INSERT INTO bench_write_scratch (volunteer_id, payload) VALUES ($1, $2)', [`v-${index}`, JSON.stringify({ minutes: 30, index })]);
      return true;
    };
    await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, insert);
    const { result: run, cpu } = await meter.measure(() => runConcurrently(transactions, CONCURRENCY, insert));
    await pool.query('DROP TABLE bench_write_scratch');
    const perInsert = perOperation(cpu, transactions);
    return {
      method: 'single-row INSERT, one autocommit transaction each, pg Pool of 32',
      concurrency: CONCURRENCY,
      transactions,
      errors: run.errors,
      tx_per_s: round((transactions / run.elapsedMs) * 1000),
      ...summarise(run.latencies),
      cpu: { postgres_us: perInsert.postgres_us, client_us: perInsert.load_generator_us, insert_cpu_us: round(perInsert.postgres_us + perInsert.load_generator_us, 1) },
    };
  } finally {
    await pool.end();
  }
}
