import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PostgresEventStore } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { ALL_PROJECTIONS, ProjectionRunner } from '@shiji/projections';
import { startApi } from '../lib/api-process';
import { waitForProjections } from '../lib/catch-up';
import { copyClonedVolunteers, type CopiedLogShape } from '../lib/copied-log';
import { HttpClient } from '../lib/http-client';
import { settle } from '../lib/settle';
import { round, summarise } from '../lib/stats';
import { signToken } from '../lib/tokens';
import { COMMUNITIES, seedTemplate } from './scale';

const UNIT = 'bench-unit';
/** Every record of the copied log starts in the first hours of January 2020 (bench/lib/slots.ts), so one month holds them all. */
const MONTH = '2020-01';
const RECORDS_PER_VOLUNTEER = 49;
const REQUESTS = 30;
const WARM_UP = 5;

/**
 * The units' reports over a large log: `volunteers` clones (about 100 events
 * each, 50 communities, all naming one unit, every record in January 2020)
 * copied into the log as the scale scenario does, the projections built, the
 * month closed once by an admin; then sequential requests of the hours report
 * and the monthly report (JSON, .xlsx, PDF) for random communities.
 */
export async function unitsReportScenario(createDatabase: (name: string) => Promise<string>, tempDir: string, jwtSecret: string, volunteers: number, log: (line: string) => void) {
  const url = await createDatabase(`units_report_${volunteers}`);
  const adminToken = signToken(jwtSecret, 'admin');
  const staffToken = signToken(jwtSecret, 'staff', COMMUNITIES);
  const template = await seedTemplate(url, tempDir, jwtSecret, adminToken, staffToken, UNIT);
  const volunteerIds = Array.from({ length: volunteers }, () => randomUUID());
  const shape: CopiedLogShape = {
    volunteers, communities: COMMUNITIES, recordsPerVolunteer: RECORDS_PER_VOLUNTEER,
    volunteerId: (index) => volunteerIds[index],
    actorOf: () => 'bench-staff',
  };
  log(`units report: copying ${volunteers} volunteers`);
  const pool = openPool({ connectionString: url, max: 8 });
  const client = await pool.connect();
  let events: number;
  try {
    events = await copyClonedVolunteers(client, template, shape);
    await client.query('VACUUM (ANALYZE) shiji_events');
  } finally {
    client.release();
  }
  log(`units report: projecting ${events} events`);
  const store = new PostgresEventStore(pool);
  const runner = new ProjectionRunner(pool, store, ALL_PROJECTIONS);
  const t0 = performance.now();
  await runner.start();
  await waitForProjections(pool, 24 * 3600_000);
  const catchUpSeconds = round((performance.now() - t0) / 1000, 1);
  await runner.stop();
  await store.close();
  await pool.end();
  await settle(url);

  const api = await startApi({ databaseUrl: url, jwtSecret, dataDir: join(tempDir, `api-units-report-${volunteers}`) });
  const http = new HttpClient(api.baseUrl, 4);
  const pick = () => COMMUNITIES[Math.floor(Math.random() * COMMUNITIES.length)];
  try {
    const t1 = performance.now();
    const closing = await http.send('POST', '/v1/monthly-record-closings', adminToken, { month: MONTH });
    if (closing.status !== 200) throw new Error(`closing failed with ${closing.status}: ${closing.body.slice(0, 300)}`);
    const closeMs = round(performance.now() - t1, 1);
    const report = (path: string) => timed(() => http.send('GET', `${path}?communityId=${pick()}&month=${MONTH}`, staffToken));
    return {
      events,
      volunteers,
      catch_up_seconds: catchUpSeconds,
      close_month_ms: closeMs,
      hours_report: await report('/v1/reports/hours'),
      hours_report_xlsx: await report('/v1/reports/hours/xlsx'),
      monthly_report: await report('/v1/reports/monthly-records'),
      monthly_report_pdf: await report('/v1/reports/monthly-records/pdf'),
      method: `${volunteers} volunteers cloned by COPY (registration + ${RECORDS_PER_VOLUNTEER} verified records each), 50 communities, one unit; all projections caught up; ${MONTH} closed by an admin; ${REQUESTS} sequential requests of each report after ${WARM_UP} warm-ups, a random community each`,
    };
  } finally {
    http.close();
    await api.stop();
  }
}

async function timed(send: () => Promise<{ status: number; body: string }>) {
  const latencies: number[] = [];
  for (let index = 0; index < WARM_UP + REQUESTS; index += 1) {
    const t0 = performance.now();
    const response = await send();
    if (response.status !== 200) throw new Error(`report request failed with ${response.status}: ${response.body.slice(0, 300)}`);
    if (index >= WARM_UP) latencies.push(performance.now() - t0);
  }
  return summarise(latencies);
}
