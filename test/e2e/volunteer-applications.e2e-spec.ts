import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { APPLICATIONS_PER_ADDRESS } from '../../apps/api/src/features/applications/application-throttle';
import { startTestApi, type TestApi } from '../support/api';

const A = 'shenqing-a';
const B = 'shenqing-b';

describe('volunteer applications: a resident applies, staff of the community decide', () => {
  let api: TestApi;
  let pool: Pool;
  let latest = 0;
  const staffA = () => api.as('staff', [A], 'staff-shenqing-a');
  const staffB = () => api.as('staff', [B], 'staff-shenqing-b');
  const track = <T extends { body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };
  const apply = (body: Record<string, unknown>) => api.anonymous().post('/v1/volunteer-applications').send(body);
  const pending = async () => (await staffA().get(`/v1/volunteer-applications?communityId=${A}`).set('X-Min-Position', String(latest)).expect(200)).body.items;

  beforeAll(async () => {
    api = await startTestApi();
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '申请甲社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '申请乙社区' }).expect(201);
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('takes an application without a token and keeps the applicant\'s data sealed in the log', async () => {
    const response = track(await apply({ communityId: A, name: '司马秀兰', phone: '13911112222', partyMember: true, note: '擅长理发' }).expect(201));
    expect(response.body).toEqual({ applicationId: expect.any(String), position: expect.any(Number) });
    const { rows } = await pool.query("SELECT type, data::text AS data FROM shiji_events WHERE stream_id = $1", [`volunteer-application-${response.body.applicationId}`]);
    expect(rows.map((row) => row.type)).toEqual(['VolunteerApplied']);
    for (const clear of ['司马秀兰', '13911112222', '擅长理发']) expect(rows[0].data).not.toContain(clear);
    const [listed] = await pending();
    expect(listed).toMatchObject({ applicationId: response.body.applicationId, communityId: A, name: '司马秀兰', phone: '13911112222', note: '擅长理发', partyMember: true, status: 'pending' });
  });

  it('lists a community\'s applications only to its staff (masked for admins), never to another community\'s', async () => {
    expect((await staffB().get(`/v1/volunteer-applications?communityId=${A}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staffA().get('/v1/volunteer-applications').expect(403)).body.code).toBe('OUT_OF_SCOPE');
    const [listed] = (await api.as('admin').get(`/v1/volunteer-applications?communityId=${A}`).expect(200)).body.items;
    expect(listed.phone).toBe('139****2222');
  });

  it('approved, becomes a volunteer of the community with the applicant\'s data, and the applicant\'s own key is gone', async () => {
    const [application] = await pending();
    expect((await staffB().post(`/v1/volunteer-applications/${application.applicationId}/approval`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    const approved = track(await staffA().post(`/v1/volunteer-applications/${application.applicationId}/approval`).expect(200)).body;
    expect(approved).toEqual({ applicationId: application.applicationId, volunteerId: expect.any(String), position: expect.any(Number) });
    const volunteer = (await staffA().get(`/v1/volunteers/${approved.volunteerId}`).set('X-Min-Position', String(latest)).expect(200)).body;
    expect(volunteer).toMatchObject({ name: '司马秀兰', phone: '13911112222', communityId: A, partyMember: true, status: 'active' });
    // Approving again registers nobody more and answers the same volunteer.
    const again = (await staffA().post(`/v1/volunteer-applications/${application.applicationId}/approval`).expect(200)).body;
    expect(again).toMatchObject({ volunteerId: approved.volunteerId, position: null });
    expect((await pool.query('SELECT 1 FROM personal_data_keys WHERE volunteer_id = $1', [`application:${application.applicationId}`])).rowCount).toBe(0);
    const listed = (await staffA().get(`/v1/volunteer-applications?communityId=${A}&status=approved`).set('X-Min-Position', String(latest)).expect(200)).body.items;
    expect(listed).toEqual([expect.objectContaining({ applicationId: application.applicationId, status: 'approved', volunteerId: approved.volunteerId, name: '司马秀兰', decidedBy: 'staff-shenqing-a' })]);
    expect((await pool.query("SELECT count(*)::int AS n FROM shiji_events WHERE type = 'VolunteerRegistered' AND stream_id = $1", [`volunteer-${approved.volunteerId}`])).rows[0].n).toBe(1);
  });

  it('rejected, never becomes a volunteer: the reason stays, the applicant\'s data is shredded, and it cannot be approved after', async () => {
    const { applicationId } = track(await apply({ communityId: A, name: '欧阳不来', phone: '13922223333', partyMember: false }).expect(201)).body;
    const before = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM shiji_events WHERE type = 'VolunteerRegistered'")).rows[0].n;
    expect((await staffB().post(`/v1/volunteer-applications/${applicationId}/rejection`).send({ reason: '重复申请' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    track(await staffA().post(`/v1/volunteer-applications/${applicationId}/rejection`).send({ reason: '重复申请' }).expect(200));
    const refused = await staffA().post(`/v1/volunteer-applications/${applicationId}/approval`).expect(409);
    expect(refused.body.code).toBe('APPLICATION_DECIDED');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM shiji_events WHERE type = 'VolunteerRegistered'")).rows[0].n).toBe(before);
    const listed = (await staffA().get(`/v1/volunteer-applications?communityId=${A}&status=rejected`).set('X-Min-Position', String(latest)).expect(200)).body.items;
    expect(listed).toEqual([expect.objectContaining({ applicationId, status: 'rejected', reason: '重复申请', volunteerId: null, name: '已注销 / erased' })]);
    const volunteers = (await staffA().get(`/v1/volunteers?communityId=${A}`).expect(200)).body.items;
    expect(volunteers.map((volunteer: { name: string }) => volunteer.name)).not.toContain('欧阳不来');
  });

  it('answers bad input with a 400 problem and appends nothing; an unknown community or application is 404', async () => {
    const head = await api.headPosition();
    for (const body of [{}, { communityId: A, name: '张', phone: '12345', partyMember: true }, { communityId: A, name: ' ', phone: '13900000000', partyMember: 'yes' }, { communityId: A, name: '张', phone: '13900000000', partyMember: true, extra: 1 }]) {
      const response = await apply(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await apply({ communityId: 'no-such', name: '张', phone: '13900000000', partyMember: true }).expect(404)).body.code).toBe('COMMUNITY_NOT_FOUND');
    expect((await api.as('admin').post('/v1/volunteer-applications/no-such/approval').expect(404)).body.code).toBe('APPLICATION_NOT_FOUND');
    await staffA().post(`/v1/volunteer-applications/${'x'.repeat(10)}/rejection`).send({}).expect(400);
    expect(await api.headPosition()).toBe(head);
  });

  it(`takes at most ${APPLICATIONS_PER_ADDRESS} applications an hour from one address, then 429 with Retry-After`, async () => {
    let accepted = 0;
    let refused: { status: number; headers: Record<string, string>; body: { code?: string } } | undefined;
    for (let attempt = 0; attempt <= APPLICATIONS_PER_ADDRESS && !refused; attempt += 1) {
      const response = await apply({ communityId: B, name: `申请人${attempt}`, phone: `1390000${String(attempt).padStart(4, '0')}`, partyMember: false });
      if (response.status === 201) accepted += 1;
      else refused = response;
    }
    // The earlier tests of this suite applied from the same address.
    expect(accepted).toBe(APPLICATIONS_PER_ADDRESS - 3);
    expect(refused?.status).toBe(429);
    expect(refused?.body.code).toBe('APPLICATION_THROTTLED');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
