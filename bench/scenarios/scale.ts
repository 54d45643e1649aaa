import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PostgresEventStore, type StoredEvent } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { ALL_PROJECTIONS, ProjectionRunner } from '@shiji/projections';
import { startApi } from '../lib/api-process';
import { waitForProjections } from '../lib/catch-up';
import { copyClonedVolunteers, type CopiedLogShape, type TemplateEvent, type VolunteerTemplate } from '../lib/copied-log';
import { HttpClient } from '../lib/http-client';
import { verifiedService } from '../lib/service-records';
import { settle } from '../lib/settle';
import { round, summarise } from '../lib/stats';
import { signToken } from '../lib/tokens';

export const COMMUNITIES = Array.from({ length: 50 }, (_, index) => `scale-community-${String(index).padStart(2, '0')}`);
/** About a hundred events per volunteer at either size: accounts are as long, only the log grows. */
const RECORDS_PER_VOLUNTEER = 49;
const TEMPLATE_SLOT = 60_000;
const MEASURED_SLOT = 50_000;
const REQUESTS = 100;
const WARM_UP = 20;

/** Volunteers of the reference log and of the large one it is compared with, about 100 events each. */
export interface ScaleSizes {
  smallVolunteers: number;
  largeVolunteers: number;
}

type Log = (line: string) => void;

/**
 * Full mode's scale scenario: the same measurements on a log of `small` and
 * of `large` events (200,000 and 10,000,000 over 100,000 volunteers and 50
 * communities), each log seeded by COPY as clones of what the api wrote for
 * one volunteer, then built by the projections. scale_ratio = large ÷ small
 * median latency (per event for catch-up).
 */
export async function scaleScenario(createDatabase: (name: string) => Promise<string>, tempDir: string, jwtSecret: string, sizes: ScaleSizes, log: Log) {
  const small = await measureAt(createDatabase, tempDir, jwtSecret, sizes.smallVolunteers, log);
  const large = await measureAt(createDatabase, tempDir, jwtSecret, sizes.largeVolunteers, log);
  const ratio = (pick: (at: ScalePoint) => number) => round(pick(large) / pick(small), 3);
  return {
    scale_ratios: {
      record_service: ratio((at) => at.record_service.p50_ms),
      read_account: ratio((at) => at.read_account.p50_ms),
      audit_by_community: ratio((at) => at.audit_by_community.p50_ms),
      audit_by_actor: ratio((at) => at.audit_by_actor.p50_ms),
      audit_by_volunteer: ratio((at) => at.audit_by_volunteer.p50_ms),
      projection_catch_up: ratio((at) => 1 / at.catch_up.events_per_s),
    },
    peak_api_rss_mb: Math.max(small.peak_api_rss_mb, large.peak_api_rss_mb),
    small,
    large,
    method:
      'each log: 50 communities, a staff member and one volunteer with one verified record through the api; then COPY of clones of that volunteer (registration + 49 verified records, about 100 events each) with fresh ids, hash chains and one transaction id; catch-up of every projection in one runner as the service runs them; then the api measures 100 sequential requests of each kind after 20 warm-ups, at random volunteers and communities',
  };
}

type ScalePoint = Awaited<ReturnType<typeof measureAt>>;

async function measureAt(createDatabase: (name: string) => Promise<string>, tempDir: string, jwtSecret: string, volunteers: number, log: Log) {
  const url = await createDatabase(`scale_${volunteers}`);
  const adminToken = signToken(jwtSecret, 'admin');
  const staffToken = signToken(jwtSecret, 'staff', COMMUNITIES);
  const template = await seedTemplate(url, tempDir, jwtSecret, adminToken, staffToken);
  const volunteerIds = Array.from({ length: volunteers }, () => randomUUID());
  const shape: CopiedLogShape = {
    volunteers,
    communities: COMMUNITIES,
    recordsPerVolunteer: RECORDS_PER_VOLUNTEER,
    volunteerId: (index) => volunteerIds[index],
    actorOf: (communityId) => `scale-staff-${communityId.slice(-2)}`,
  };

  log(`scale: copying ${volunteers} volunteers`);
  const pool = openPool({ connectionString: url, max: 8 });
  const t0 = performance.now();
  const client = await pool.connect();
  let events: number;
  try {
    events = await copyClonedVolunteers(client, template, shape);
    await client.query('VACUUM (ANALYZE) shiji_events');
  } finally {
    client.release();
  }
  const seedSeconds = round((performance.now() - t0) / 1000, 1);

  log(`scale: projecting ${events} events`);
  const store = new PostgresEventStore(pool);
  const runner = new ProjectionRunner(pool, store, ALL_PROJECTIONS);
  const t1 = performance.now();
  await runner.start();
  await waitForProjections(pool, 24 * 3600_000);
  const catchUpMs = performance.now() - t1;
  await runner.stop();
  await store.close();
  await pool.end();
  await settle(url);

  log('scale: measuring through the api');
  const api = await startApi({ databaseUrl: url, jwtSecret, dataDir: join(tempDir, `api-scale-${volunteers}`) });
  const http = new HttpClient(api.baseUrl, 4);
  const pick = <T>(values: readonly T[]) => values[Math.floor(Math.random() * values.length)];
  let slot = MEASURED_SLOT;
  try {
    const measured = {
      record_service: await timed(() => http.send('POST', '/v1/service-records', staffToken, verifiedService(pick(volunteerIds), (slot += 1)))),
      read_account: await timed(() => http.send('GET', `/v1/volunteers/${pick(volunteerIds)}/account`, staffToken)),
      audit_by_community: await timed(() => http.send('GET', `/v1/audit/events?communityId=${pick(COMMUNITIES)}&limit=50`, adminToken)),
      audit_by_actor: await timed(() => http.send('GET', `/v1/audit/events?actor=${shape.actorOf(pick(COMMUNITIES))}&limit=50`, adminToken)),
      audit_by_volunteer: await timed(() => http.send('GET', `/v1/audit/events?volunteerId=${pick(volunteerIds)}&limit=50`, adminToken)),
    };
    return {
      events,
      volunteers,
      seed_seconds: seedSeconds,
      catch_up: { events, seconds: round(catchUpMs / 1000, 1), events_per_s: round((events / catchUpMs) * 1000) },
      ...measured,
      peak_api_rss_mb: round(api.peakRssMb(), 1),
    };
  } finally {
    http.close();
    await api.stop();
  }
}

/** `REQUESTS` sequential requests after `WARM_UP`; any answer but 2xx fails the scenario. */
async function timed(send: () => Promise<{ status: number; body: string }>) {
  const latencies: number[] = [];
  for (let index = 0; index < WARM_UP + REQUESTS; index += 1) {
    const t0 = performance.now();
    const response = await send();
    if (response.status < 200 || response.status >= 300) throw new Error(`scale request failed with ${response.status}: ${response.body.slice(0, 300)}`);
    if (index >= WARM_UP) latencies.push(performance.now() - t0);
  }
  return summarise(latencies);
}

/** Communities, a staff member for all of them and one volunteer with one verified record, through the api; their events are the template. */
export async function seedTemplate(url: string, tempDir: string, jwtSecret: string, adminToken: string, staffToken: string, unitId?: string): Promise<VolunteerTemplate> {
  const api = await startApi({ databaseUrl: url, jwtSecret, dataDir: join(tempDir, `api-template-${randomUUID()}`) });
  const http = new HttpClient(api.baseUrl, 4);
  let volunteerId: string;
  let recordId: string;
  try {
    for (const communityId of COMMUNITIES) await http.json('POST', '/v1/communities', adminToken, { communityId, name: `规模社区${communityId.slice(-2)}` });
    await http.json('POST', '/v1/staff', adminToken, { staffId: 'bench-staff', name: '规模测试员', communityIds: COMMUNITIES });
    if (unitId) await http.json('POST', '/v1/units', adminToken, { unitId, communityId: COMMUNITIES[0], name: '规模测试单位', kind: 'enterprise' });
    ({ volunteerId } = await http.json<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name: '模板志愿者', phone: '13900000000', communityId: COMMUNITIES[0], ...(unitId ? { unitId } : {}) }));
    ({ recordId } = await http.json<{ recordId: string }>('POST', '/v1/service-records', staffToken, verifiedService(volunteerId, TEMPLATE_SLOT)));
  } finally {
    http.close();
    await api.stop();
  }
  const store = new PostgresEventStore(url);
  try {
    const registration = (await store.readStream(`volunteer-${volunteerId}`)).map(templateEvent);
    const account = await store.readStream(`account-${volunteerId}`);
    const isRecord = (event: StoredEvent) => event.data.recordId === recordId;
    const recorded = account.find((event) => event.type === 'ServiceRecorded' && isRecord(event));
    if (!recorded) throw new Error('the template record was not found on its account');
    return {
      volunteerId,
      communityId: COMMUNITIES[0],
      actorId: 'bench-staff',
      registration,
      accountPrelude: account.filter((event) => !isRecord(event)).map(templateEvent),
      record: { recordId, startedAt: String(recorded.data.startedAt), events: account.filter(isRecord).map(templateEvent) },
    };
  } finally {
    await store.close();
  }
}

function templateEvent(event: StoredEvent): TemplateEvent {
  return { type: event.type, version: event.version, data: event.data, metadata: event.metadata };
}
