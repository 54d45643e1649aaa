import { DATABASE_POOL } from '../../apps/api/src/platform/database/database-pool';
import { replayReadModels } from '@shiji/projections';
import type { Pool } from 'pg';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const HOUR = 60;
const communityId = 'shenghua';

describe('audit: history, time travel, verify and replay, access log', () => {
  let api: TestApi;
  let pool: Pool;
  const volunteers: string[] = [];
  const records: string[] = [];

  const auditor = () => api.as('auditor', [], 'inspector-1');
  const staff = () => api.as('staff', [communityId]);

  async function verification(): Promise<{ status: string; report: { differences: unknown[]; eventProblems: unknown[] } }> {
    const started = await auditor().post('/v1/audit/verifications').expect(202);
    expect(started.headers.location).toBe(`/v1/audit/verifications/${started.body.verificationId}`);
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const found = await auditor().get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200);
      if (found.body.status !== 'running') return found.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('verification did not finish');
  }

  beforeAll(async () => {
    api = await startTestApi();
    pool = api.app.app.get<Pool>(DATABASE_POOL);
    await api.as('admin').post('/v1/communities').send({ communityId, name: '生化社区' }).expect(201);
    // Low thresholds, so a few records move star levels and a card can be issued.
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
    for (const name of ['甲', '乙', '丙']) {
      const registered = await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId, partyMember: true }).expect(201);
      volunteers.push(registered.body.volunteerId);
    }
    const start = Date.UTC(2025, 2, 1, 1, 0);
    for (const [index, volunteerId] of volunteers.entries()) {
      for (let day = 0; day <= index; day += 1) {
        const recorded = await staff()
          .post('/v1/service-records')
          .send({ volunteerId, category: 'elderly_care', description: '探访', startedAt: new Date(start + day * 86_400_000).toISOString(), minutes: 3 * HOUR, verify: true })
          .expect(201);
        records.push(recorded.body.recordId);
      }
    }
    await staff().post(`/v1/volunteers/${volunteers[2]}/card`).expect(201);
    await api.waitForProjections();
  });

  afterAll(() => api.close());

  it('refuses volunteers and staff on every audit route', async () => {
    const routes: Array<['get' | 'post', string]> = [
      ['get', '/v1/audit/events'],
      ['get', `/v1/audit/streams/account-${volunteers[0]}`],
      ['get', `/v1/audit/volunteers/${volunteers[0]}/account`],
      ['post', '/v1/audit/verifications'],
      ['get', '/v1/audit/verifications/00000000-0000-4000-8000-000000000000'],
      ['get', '/v1/audit/access-log'],
    ];
    for (const role of ['volunteer', 'staff'] as const) {
      for (const [method, path] of routes) {
        const response = await api.as(role, [communityId], volunteers[0])[method](path);
        expect([role, method, path, response.status]).toEqual([role, method, path, 403]);
      }
    }
    for (const [method, path] of routes.filter(([method]) => method === 'get')) {
      const response = await api.as('admin')[method](path);
      expect([path, response.status]).toEqual([path, path.includes('verifications/') ? 404 : 200]);
    }
  });

  it('reads the global log with filters and position cursors', async () => {
    const all = await auditor().get('/v1/audit/events?limit=500').expect(200);
    const positions: number[] = all.body.items.map((event: { position: number }) => event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(all.body.items[0]).toEqual(
      expect.objectContaining({ type: 'CommunityRegistered', version: 1, streamId: expect.any(String), revision: 0, position: positions[0], recordedAt: expect.any(String) }),
    );
    expect(all.body.items[0].metadata).toEqual(expect.objectContaining({ actor: expect.objectContaining({ id: 'admin-test' }), correlationId: expect.any(String), occurredAt: expect.any(String) }));

    const paged: number[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: { items: Array<{ position: number }>; nextCursor: string | null } = (await auditor().get(`/v1/audit/events?limit=4${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      paged.push(...page.items.map((event) => event.position));
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(positions);

    const mine = await auditor().get(`/v1/audit/events?volunteerId=${volunteers[1]}`).expect(200);
    expect(mine.body.items.map((event: { type: string }) => event.type)).toEqual(['VolunteerRegistered', 'ServiceRecorded', 'ServiceVerified', 'ServiceRecorded', 'ServiceVerified']);

    const typed = await auditor().get('/v1/audit/events?type=TimeCardIssued&type=StarThresholdsChanged').expect(200);
    expect(typed.body.items.map((event: { type: string }) => event.type)).toEqual(['StarThresholdsChanged', 'TimeCardIssued']);
    const commaTyped = await auditor().get('/v1/audit/events?type=TimeCardIssued,StarThresholdsChanged').expect(200);
    expect(commaTyped.body.items).toEqual(typed.body.items);

    const window = await auditor().get(`/v1/audit/events?fromPosition=${positions[2]}&toPosition=${positions[4]}`).expect(200);
    expect(window.body.items.map((event: { position: number }) => event.position)).toEqual(positions.slice(2, 5));

    const byStaff = await auditor().get('/v1/audit/events?actor=staff-test').expect(200);
    expect(byStaff.body.items.length).toBeGreaterThan(0);
    expect(byStaff.body.items.every((event: { metadata: { actor: { id: string } } }) => event.metadata.actor.id === 'staff-test')).toBe(true);

    const inCommunity = await auditor().get(`/v1/audit/events?communityId=${communityId}&type=VolunteerRegistered`).expect(200);
    expect(inCommunity.body.items).toHaveLength(3);
    const future = await auditor().get(`/v1/audit/events?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`).expect(200);
    expect(future.body.items).toEqual([]);
    await auditor().get('/v1/audit/events?limit=501').expect(400);

    const exported = await auditor().get(`/v1/audit/events?volunteerId=${volunteers[1]}`).set('Accept', 'application/x-ndjson').buffer(true).parse((response, done) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => done(null, text));
    });
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    expect(String(exported.body).trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(mine.body.items);

    const stream = await auditor().get(`/v1/audit/streams/account-${volunteers[2]}`).expect(200);
    expect(stream.body.items.map((event: { revision: number }) => event.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(stream.body.items.at(-1).type).toBe('TimeCardIssued');
  });

  it('folds an account as of any moment: before and after a correction, and now equals the live view', async () => {
    const volunteerId = volunteers[2];
    const before = await auditor().get(`/v1/audit/volunteers/${volunteerId}/account`).expect(200);
    expect(before.body).toMatchObject({ lifetimeMinutes: 9 * HOUR, creditMinutes: 9 * HOUR, starLevel: 5, card: { status: 'active' } });
    const momentBefore = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const corrected = await staff().post(`/v1/service-records/${records.at(-1)}/corrections`).send({ minutes: 30, reason: '记录有误 / mis-recorded' }).expect(201);
    await staff().post(`/v1/volunteers/${volunteerId}/card/suspension`).send({ reason: '核查 / under review' }).expect(201);
    await api.waitForProjections();

    const byPosition = await auditor().get(`/v1/audit/volunteers/${volunteerId}/account?asOf=${corrected.body.position - 1}`).expect(200);
    const byTime = await auditor().get(`/v1/audit/volunteers/${volunteerId}/account?asOf=${encodeURIComponent(momentBefore)}`).expect(200);
    const atCorrection = await auditor().get(`/v1/audit/volunteers/${volunteerId}/account?asOf=${corrected.body.position}`).expect(200);
    const now = await auditor().get(`/v1/audit/volunteers/${volunteerId}/account?asOf=now`).expect(200);
    const live = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200);

    for (const past of [byPosition.body, byTime.body]) expect(past).toMatchObject({ lifetimeMinutes: 9 * HOUR, starLevel: 5, card: { status: 'active' } });
    expect(atCorrection.body).toMatchObject({ lifetimeMinutes: 6 * HOUR + 30, creditMinutes: 6 * HOUR + 30, starLevel: 5, card: { status: 'active' } });
    expect(now.body).toMatchObject({ lifetimeMinutes: 6 * HOUR + 30, card: { status: 'suspended' } });
    const essentials = (view: Record<string, unknown>) => ({ lifetimeMinutes: view.lifetimeMinutes, creditMinutes: view.creditMinutes, starLevel: view.starLevel, card: view.card });
    expect(essentials(now.body)).toEqual(essentials(live.body));

    // Under the thresholds in force then: before the policy change the default ones rated these hours no star.
    const policyChange = (await auditor().get('/v1/audit/events?type=StarThresholdsChanged').expect(200)).body.items[0];
    const early = await auditor().get(`/v1/audit/volunteers/${volunteers[0]}/account?asOf=${policyChange.position - 1}`).expect(200);
    expect(early.body).toMatchObject({ lifetimeMinutes: 0, starLevel: 0, thresholdHours: [100, 300, 600, 1000, 1500] });
    await auditor().get(`/v1/audit/volunteers/nobody/account`).expect(404);
    await auditor().get(`/v1/audit/volunteers/${volunteerId}/account?asOf=yesterday`).expect(400);
  });

  it('verifies equal, names a changed row, is repaired by replay, and names an altered event', async () => {
    const clean = await verification();
    expect(clean.report.differences).toEqual([]);
    expect(clean.report.eventProblems).toEqual([]);
    expect(clean.status).toBe('equal');

    await pool.query(`UPDATE rm_accounts SET data = jsonb_set(data, '{creditMinutes}', '1') WHERE id = $1`, [volunteers[1]]);
    const broken = await verification();
    expect(broken.status).toBe('different');
    expect(broken.report.differences).toEqual([expect.objectContaining({ collection: 'accounts', id: volunteers[1], kind: 'different' })]);

    await replayReadModels({ pool, store: api.store });
    const live = await api.as('admin').get(`/v1/volunteers/${volunteers[1]}/account`).expect(200);
    expect(live.body.creditMinutes).toBe(6 * HOUR);
    expect((await verification()).status).toBe('equal');

    // The live api keeps projecting after the swap.
    const later = await staff()
      .post('/v1/service-records')
      .send({ volunteerId: volunteers[0], category: 'tutoring', description: '辅导', startedAt: new Date(Date.UTC(2025, 4, 1, 1)).toISOString(), minutes: HOUR, verify: true })
      .expect(201);
    const after = await api.as('admin').get(`/v1/volunteers/${volunteers[0]}/account`).set('X-Min-Position', String(later.body.position)).expect(200);
    expect(after.body.lifetimeMinutes).toBe(4 * HOUR);

    const { rows } = await pool.query<{ position: string }>('SELECT position FROM shiji_events WHERE stream_id = $1 AND revision = 1', [`account-${volunteers[0]}`]);
    await pool.query('ALTER TABLE shiji_events DISABLE TRIGGER shiji_events_append_only');
    try {
      await pool.query(`UPDATE shiji_events SET data = jsonb_set(data, '{minutes}', '999') WHERE stream_id = $1 AND revision = 1`, [`account-${volunteers[0]}`]);
    } finally {
      await pool.query('ALTER TABLE shiji_events ENABLE TRIGGER shiji_events_append_only');
    }
    const tampered = await verification();
    expect(tampered.status).toBe('different');
    expect(tampered.report.eventProblems).toEqual([
      expect.objectContaining({ streamId: `account-${volunteers[0]}`, revision: 1, position: Number(rows[0].position), kind: 'altered' }),
    ]);
  });

  it('records every audit call and every auditor read of other people’s data', async () => {
    await api.as('auditor', [], 'inspector-2').get(`/v1/volunteers/${volunteers[0]}/account`).expect(200);
    await api.as('auditor', [], 'inspector-2').get('/v1/me').expect(200);
    await api.as('admin', [], 'admin-2').get('/v1/audit/events?limit=1').expect(200);
    await api.as('admin', [], 'admin-2').get(`/v1/volunteers/${volunteers[0]}/account`).expect(200);

    const inspector = await auditor().get('/v1/audit/access-log?actorId=inspector-2').expect(200);
    expect(inspector.body.items.map((entry: { method: string; path: string }) => `${entry.method} ${entry.path}`)).toEqual([`GET /v1/volunteers/${volunteers[0]}/account`]);
    expect(inspector.body.items[0]).toEqual(expect.objectContaining({ actorId: 'inspector-2', actorRole: 'auditor', at: expect.any(String) }));
    const admin = await auditor().get('/v1/audit/access-log?actorId=admin-2').expect(200);
    expect(admin.body.items.map((entry: { path: string }) => entry.path)).toEqual(['/v1/audit/events?limit=1']);
    const own = await auditor().get('/v1/audit/access-log?actorId=inspector-1&limit=1').expect(200);
    expect(own.body.items[0].path).toBe('/v1/audit/access-log?actorId=inspector-1&limit=1');
    expect(own.body.nextCursor).not.toBeNull();
  });
});
