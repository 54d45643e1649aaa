import { openPool } from '@shiji/postgres';
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

/** 1. POST /v1/service-records with verify: true, against single-row INSERTs with pg at the same concurrency. */
export async function writeScenario(http: HttpClient, databaseUrl: string, seeded: Seeded, requests: number) {
  const volunteers = seeded.volunteerIds;
  const record = (firstSlot: number) => async (index: number) =>
    (await http.send('POST', '/v1/service-records', seeded.staffToken, spreadVerifiedService(seeded, firstSlot, index))).status === 201;
  // Warmed up like the baseline below, so the route is not measured while V8 still compiles it.
  const warmUp = await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, record(WARM_UP_SLOT));
  if (warmUp.errors > 0) throw new Error(`write warm-up failed ${warmUp.errors} times: ${warmUp.firstError}`);
  const service = await runConcurrently(requests, CONCURRENCY, record(FIRST_SLOT));
  const baseline = await insertBaseline(databaseUrl, requests);
  const serviceRate = (requests / service.elapsedMs) * 1000;
  return {
    ratio: round(serviceRate / baseline.tx_per_s, 4),
    service: {
      route: 'POST /v1/service-records (verify: true)',
      concurrency: CONCURRENCY,
      volunteers: volunteers.length,
      requests,
      errors: service.errors,
      first_error: service.firstError,
      req_per_s: round(serviceRate),
      ...summarise(service.latencies),
    },
    baseline,
  };
}

async function insertBaseline(databaseUrl: string, transactions: number) {
  const pool = openPool({ connectionString: databaseUrl, max: CONCURRENCY });
  try {
    await pool.query('CREATE TABLE bench_write_scratch (id bigserial PRIMARY KEY, volunteer_id text NOT NULL, payload jsonb NOT NULL)');
    const insert = async (index: number) => {
      await pool.query('INSERT INTO bench_write_scratch (volunteer_id, payload) VALUES ($1, $2)', [`v-${index}`, JSON.stringify({ minutes: 30, index })]);
      return true;
    };
    await runConcurrently(WARM_UP_REQUESTS, CONCURRENCY, insert);
    const run = await runConcurrently(transactions, CONCURRENCY, insert);
    await pool.query('DROP TABLE bench_write_scratch');
    return {
      method: 'single-row INSERT, one autocommit transaction each, pg Pool of 32',
      concurrency: CONCURRENCY,
      transactions,
      errors: run.errors,
      tx_per_s: round((transactions / run.elapsedMs) * 1000),
      ...summarise(run.latencies),
    };
  } finally {
    await pool.end();
  }
}
