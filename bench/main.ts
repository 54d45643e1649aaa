import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startApi, type ApiProcess } from './lib/api-process';
import { CpuMeter, findPostmasterPid } from './lib/cpu-meter';
import { startBenchDatabase, type BenchDatabase } from './lib/database';
import { HttpClient } from './lib/http-client';
import { machineInfo, printTable, RESULTS_FILE, writeResults } from './lib/report';
import { seedThroughApi, type Seeded } from './lib/seed';
import { settle } from './lib/settle';
import { round } from './lib/stats';
import { longHistoryScenario } from './scenarios/long-history';
import { projectionScenario } from './scenarios/projection';
import { readScenario } from './scenarios/read';
import { redemptionScenario } from './scenarios/redemption';
import { rosterImportScenario } from './scenarios/roster-import';
import { scaleScenario } from './scenarios/scale';
import { unitsReportScenario } from './scenarios/units-report';
import { writeScenario } from './scenarios/write';
import { routesMain } from './routes';
import { comparePeers, peerMain, peerTableRows } from './peer-main';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK
  ? { volunteers: 1_000, writeRequests: 2_000, readRequests: 5_000, projectionEvents: 200_000, rosterRows: 10_000 }
  : { volunteers: 1_000, writeRequests: 10_000, readRequests: 20_000, projectionEvents: 1_000_000, rosterRows: 10_000 };

const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const jwtSecret = randomBytes(32).toString('hex');
  let database: BenchDatabase | undefined;
  let api: ApiProcess | undefined;
  let http: HttpClient | undefined;
  const stopAll = async (): Promise<void> => {
    http?.close();
    await api?.stop().catch((error: unknown) => log(`stopping the api: ${String(error)}`));
    await database?.dispose().catch((error: unknown) => log(`stopping PostgreSQL: ${String(error)}`));
    api = undefined;
    database = undefined;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));

  try {
    log(`mode: ${QUICK ? 'quick' : 'full'} ${JSON.stringify(SIZES)}`);
    database = await startBenchDatabase(log);
    api = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api') });
    http = new HttpClient(api.baseUrl);
    log(`api pid ${api.pid} on ${api.baseUrl}; seeding ${SIZES.volunteers} volunteers`);
    const seeded = await seedThroughApi(http, jwtSecret, SIZES.volunteers);
    const meter = new CpuMeter(await findPostmasterPid(database.url), api.pid);

    await settle(database.url);
    log('1/5 write');
    const write = await writeScenario(http, database.url, seeded, SIZES.writeRequests, meter);
    await settle(database.url);
    log('2/5 read');
    const read = await readScenarioWithUncachedApi(http, database, jwtSecret, seeded, SIZES.readRequests, meter);
    log('2b/5 the same write and read against the Emmett peer');
    const peer = await comparePeers(database, jwtSecret, seeded, { http, meter }, SIZES);
    log('4/5 long history');
    const history = await longHistoryScenario(http, database.url, seeded);
    log('5/5 redemption contention');
    const redemption = await redemptionScenario(http, seeded, jwtSecret);
    log(`6/6 roster import of ${SIZES.rosterRows} rows`);
    const roster = await rosterImportScenario(http, api.baseUrl, jwtSecret, SIZES.rosterRows);
    const peakRssMb = round(api.peakRssMb(), 1);
    http.close();
    await api.stop();
    api = undefined;
    log(`3/5 projection catch-up of ${SIZES.projectionEvents} events`);
    const projection = await projectionScenario(database.createDatabase, SIZES.projectionEvents);
    if (!QUICK) log('8 scale: 200,000 against 10,000,000 events (about 35 minutes on 2 cores; alone with --scale)');
    const scale = QUICK ? undefined : await scaleScenario(database.createDatabase, database.tempDir, jwtSecret, { smallVolunteers: 2_000, largeVolunteers: 100_000 }, log);

    const results = {
      write_ratio: write.ratio,
      read_ratio: read.ratio,
      projection_events_per_s: projection.events_per_s,
      projection_ratio: projection.ratio,
      history_ratio: history.ratio,
      peak_rss_mb: peakRssMb,
      write_cpu_us: write.write_cpu_us,
      read_cpu_us: read.read_cpu_us,
      insert_cpu_us: write.insert_cpu_us,
      cpu_ratio_write: write.cpu_ratio_write,
      peer_write_ratio: peer.peer_write_ratio,
      peer_read_ratio: peer.peer_read_ratio,
      peer_async_write_ratio: peer.peer_async_write_ratio,
      peer_write_cpu_us: peer.peer_write_cpu_us,
      peer_async_write_cpu_us: peer.peer_async_write_cpu_us,
      peer_read_cpu_us: peer.peer_read_cpu_us,
      mode: QUICK ? 'quick' : 'full',
      sizes: SIZES,
      quick_note: QUICK ? `quick mode: ${SIZES.volunteers} volunteers as in full mode; ${SIZES.writeRequests} write and ${SIZES.readRequests} read requests instead of 10,000 and 20,000; ${SIZES.projectionEvents} projected events instead of 1,000,000` : undefined,
      scenarios: { write, read, peer, projection, long_history: history, redemption, roster_import: roster, peak_rss: { peak_rss_mb: peakRssMb, source: '/proc/<api pid>/status VmHWM, api run as a child process; api stopped before the projection scenario' } },
      scale,
      api_settings: { LOG_LEVEL: 'warn', PROJECTIONS_IN_PROCESS: 'true (default)', NODE_ENV: 'production' },
      machine: machineInfo(),
      date: startedAt.toISOString(),
      duration_s: round((Date.now() - startedAt.getTime()) / 1000, 1),
    };
    writeResults(results);
    printTable([
      ['1 record verified (c=32)', `${write.service.req_per_s} req/s p50 ${write.service.p50_ms} p99 ${write.service.p99_ms} ms, ${write.service.errors} errors`, `${write.baseline.tx_per_s} tx/s -> write_ratio ${write.ratio}`],
      ['2 read account (c=64)', `${read.account.req_per_s} req/s p99 ${read.account.p99_ms} ms, ${read.account.errors} errors`, `/health/live ${read.baseline.req_per_s} req/s -> read_ratio ${read.ratio}`],
      ['  CPU per op (api + PostgreSQL)', `write ${write.write_cpu_us} µs (api ${write.service.cpu.server_us}, pg ${write.service.cpu.postgres_us}); read ${read.read_cpu_us} µs, cache off ${read.account_uncached.cpu.service_us} µs`, `INSERT ${write.insert_cpu_us} µs (pg + client) -> cpu_ratio_write ${write.cpu_ratio_write}`],
      ['  same, cache off', `${read.account_uncached.req_per_s} req/s p99 ${read.account_uncached.p99_ms} ms, ${read.account_uncached.errors} errors`, `ratio ${read.account_uncached.ratio_to_baseline}`],
      ...peerTableRows(peer),
      ['3 projection catch-up', `${projection.events} events in ${projection.projection_seconds} s = ${projection.events_per_s} ev/s`, `${projection.baseline.rows_per_s} rows/s -> projection_ratio ${projection.ratio}`],
      ['4 long history (20k ev)', `median ${history.long.median_ms} ms (first ${history.long.first_ms})`, `fresh ${history.fresh.median_ms} ms -> history_ratio ${history.ratio}`],
      ['5 redemption contention (c=64)', `${redemption.succeeded} ok, ${redemption.refused_insufficient} INSUFFICIENT_CREDITS, balance ${redemption.credit_minutes_after}, ${redemption.decisions_per_s} decisions/s`, redemption.correct ? 'correct' : 'WRONG'],
      ['6 roster import (.xlsx)', `${roster.rows} rows in ${roster.import_seconds} s = ${roster.rows_per_s} rows/s; dry run ${roster.dry_run_seconds} s; same file again: ${roster.second_upload.status}, nobody added`, roster.correct && roster.within_target ? `under ${roster.target_seconds} s` : 'NOT MET'],
      ['7 api peak RSS', `${peakRssMb} MiB`, '-'],
    ]);
    log(`results written to ${RESULTS_FILE}`);
  } finally {
    await stopAll();
  }
}

/** The read scenario, with a second api (account reads not cached) running beside the first only while it lasts. */
async function readScenarioWithUncachedApi(http: HttpClient, database: BenchDatabase, jwtSecret: string, seeded: Seeded, requests: number, meter: CpuMeter) {
  const uncachedApi = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api-uncached'), env: { CACHED_ACCOUNT_READS: 'false' } });
  const uncached = new HttpClient(uncachedApi.baseUrl);
  try {
    return await readScenario(http, uncached, seeded, requests, meter, meter.forServer(uncachedApi.pid));
  } finally {
    uncached.close();
    await uncachedApi.stop();
  }
}

/** `npm run bench -- --roster`: only the roster import scenario, on its own api and database (about a minute). */
async function rosterMain(): Promise<void> {
  const jwtSecret = randomBytes(32).toString('hex');
  const database = await startBenchDatabase(log);
  const api = await startApi({ databaseUrl: database.url, jwtSecret, dataDir: join(database.tempDir, 'api') });
  const http = new HttpClient(api.baseUrl);
  try {
    await seedThroughApi(http, jwtSecret, 0);
    log(`roster import of ${SIZES.rosterRows} rows`);
    const roster = await rosterImportScenario(http, api.baseUrl, jwtSecret, SIZES.rosterRows);
    process.stdout.write(`${JSON.stringify({ roster_import: roster, peak_rss_mb: round(api.peakRssMb(), 1), machine: machineInfo(), date: new Date().toISOString() }, null, 2)}\n`);
  } finally {
    http.close();
    await api.stop();
    await database.dispose();
  }
}

/**
 * `npm run bench -- --scale`: only the scale scenario, 200,000 against 10,000,000 events (about 35 minutes on 2 cores);
 * `--scale-volunteers=N` sets the large log's volunteers (about 100 events each) for a shorter try.
 */
async function scaleMain(): Promise<void> {
  const jwtSecret = randomBytes(32).toString('hex');
  const database = await startBenchDatabase(log);
  const option = process.argv.find((argument) => argument.startsWith('--scale-volunteers='));
  const largeVolunteers = option ? Number(option.split('=')[1]) : 100_000;
  try {
    const scale = await scaleScenario(database.createDatabase, database.tempDir, jwtSecret, { smallVolunteers: 2_000, largeVolunteers }, log);
    writeResults({ scale, machine: machineInfo(), date: new Date().toISOString() }, 'scale.json');
    process.stdout.write(`${JSON.stringify({ scale_ratios: scale.scale_ratios, peak_api_rss_mb: scale.peak_api_rss_mb }, null, 2)}\n`);
  } finally {
    await database.dispose();
  }
}

/** `npm run bench -- --units-report[=N]`: the units' reports over a log of N volunteers (about 100 events each; 10,000 by default, 1,000,000 events). */
async function unitsReportMain(): Promise<void> {
  const jwtSecret = randomBytes(32).toString('hex');
  const database = await startBenchDatabase(log);
  const option = process.argv.find((argument) => argument.startsWith('--units-report='));
  try {
    const result = await unitsReportScenario(database.createDatabase, database.tempDir, jwtSecret, option ? Number(option.split('=')[1]) : 10_000, log);
    writeResults({ units_report: result, machine: machineInfo(), date: new Date().toISOString() }, 'units-report.json');
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await database.dispose();
  }
}

const peerOnly = () => peerMain(SIZES);
const entry = process.argv.includes('--routes')
  ? routesMain
  : process.argv.includes('--roster')
    ? rosterMain
    : process.argv.includes('--peer')
      ? peerOnly
      : process.argv.includes('--scale')
        ? scaleMain
        : process.argv.some((argument) => argument.startsWith('--units-report'))
          ? unitsReportMain
          : main;
entry().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
