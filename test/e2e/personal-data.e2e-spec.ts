import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { startTestApi, type TestApi } from '../support/api';
import { tablesHolding } from '../support/tables-holding';

const NAME = '欧阳秀英';
const PHONE = '13987654321';

describe('personal data: masked, sealed in the log, erased for good', () => {
  let api: TestApi;
  let pool: Pool;
  const communityId = 'ouyang';
  let volunteerId: string;
  let latest = 0;
  const staff = () => api.as('staff', [communityId], 'staff-ouyang');
  const settle = () => api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200);
  const track = <T extends { body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };

  beforeAll(async () => {
    api = await startTestApi();
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    await api.as('admin').post('/v1/communities').send({ communityId, name: '欧阳社区' }).expect(201);
    volunteerId = track(await staff().post('/v1/volunteers').send({ name: NAME, phone: PHONE, communityId, partyMember: true }).expect(201)).body.volunteerId;
    for (const startedAt of ['2025-03-01T01:00:00Z', '2025-03-02T01:00:00Z']) {
      track(await staff().post('/v1/service-records').send({ volunteerId, category: 'culture', startedAt, minutes: 60, verify: true }).expect(201));
    }
    await settle();
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('shows the phone in full only to staff of the volunteer’s community', async () => {
    expect((await staff().get(`/v1/volunteers/${volunteerId}`).expect(200)).body).toMatchObject({ name: NAME, phone: PHONE, erased: false });
    for (const agent of [api.as('admin'), api.as('auditor'), api.as('volunteer', [communityId], volunteerId)]) {
      expect((await agent.get(`/v1/volunteers/${volunteerId}`).expect(200)).body.phone).toBe('139****4321');
    }
  });

  it('never writes the name or the phone in the clear: not in the log, the views or any other table', async () => {
    expect(await tablesHolding(pool, NAME)).toEqual([]);
    expect(await tablesHolding(pool, PHONE)).toEqual([]);
    const stream = await api.as('auditor').get(`/v1/audit/streams/volunteer-${volunteerId}`).expect(200);
    expect(stream.body.items[0].data.personal).toMatchObject({ sealed: 'aes-256-gcm', ciphertext: expect.any(String) });
  });

  it('after erasure, the name and phone appear nowhere, while hours, star level and the audit chain stay', async () => {
    const before = (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200)).body;
    await api.as('staff', [communityId], 'staff-ouyang').post(`/v1/volunteers/${volunteerId}/erasure`).expect(403);
    track(await api.as('admin').post(`/v1/volunteers/${volunteerId}/erasure`).expect(201));
    expect((await api.as('admin').post(`/v1/volunteers/${volunteerId}/erasure`).expect(409)).body.code).toBe('VOLUNTEER_ALREADY_ERASED');
    await settle();

    const answers = [
      await staff().get(`/v1/volunteers/${volunteerId}`).expect(200),
      await staff().get(`/v1/volunteers?communityId=${communityId}`).expect(200),
      await staff().get(`/v1/volunteers?communityId=${communityId}&q=${encodeURIComponent('欧阳')}`).expect(200),
      await api.as('admin').get('/v1/honour-roll?year=2025').expect(200),
      await staff().get(`/v1/honours/badges-due?communityId=${communityId}`).expect(200),
      await api.as('auditor').get(`/v1/audit/streams/volunteer-${volunteerId}`).expect(200),
      await api.as('auditor').get(`/v1/audit/events?volunteerId=${volunteerId}`).expect(200),
      await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/x-ndjson').buffer(true).expect(200),
    ];
    for (const answer of answers) {
      expect(answer.text).not.toContain(NAME);
      expect(answer.text).not.toContain(PHONE);
    }
    expect(answers[0].body).toMatchObject({ name: '已注销 / erased', phone: '', erased: true });
    expect(answers[2].body.items).toEqual([]);

    const after = (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200)).body;
    expect(after).toMatchObject({ lifetimeMinutes: 120, starLevel: before.starLevel, creditMinutes: before.creditMinutes });
    expect(await tablesHolding(pool, NAME)).toEqual([]);
    expect(await tablesHolding(pool, PHONE)).toEqual([]);
    expect((await pool.query('SELECT 1 FROM personal_data_keys WHERE volunteer_id = $1', [volunteerId])).rows).toEqual([]);

    // Replaying the log rebuilds the same views and every hash chain still holds.
    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    let verification = started.body;
    for (let attempt = 0; verification.status === 'running' && attempt < 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      verification = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
    }
    expect(verification.status).toBe('equal');
  });

  it('ends the erased volunteer’s access: their token is refused on their profile, account, ledger and certificate', async () => {
    const own = api.app.token({ sub: volunteerId, role: 'volunteer', communities: [communityId] });
    for (const path of [`/v1/volunteers/${volunteerId}`, `/v1/volunteers/${volunteerId}/account`, `/v1/volunteers/${volunteerId}/ledger`, `/v1/volunteers/${volunteerId}/certificate?year=2025`, '/v1/me']) {
      const refused = await api.anonymous().get(path).auth(own, { type: 'bearer' }).expect(401);
      expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringContaining('erased') });
    }
  });
});
