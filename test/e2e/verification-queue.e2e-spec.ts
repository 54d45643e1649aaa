import { startTestApi, type TestApi } from '../support/api';

const HOUR = 60;

/**
 * The office's verification queue: volunteers report their own service,
 * which waits for staff of the community; staff verify or reject it with a
 * reason the volunteer reads; the list filters by status, volunteer,
 * activity and service days.
 */
describe('the verification queue, self-reported service and rejections', () => {
  let api: TestApi;
  const A = 'queue-a';
  const B = 'queue-b';
  let volunteerId: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '东社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '西社区' }).expect(201);
    volunteerId = (await api.as('staff', [A]).post('/v1/volunteers').send({ name: '赵阿姨', phone: '13900000301', communityId: A }).expect(201)).body.volunteerId;
    other = (await api.as('staff', [A]).post('/v1/volunteers').send({ name: '钱大爷', phone: '13900000302', communityId: A }).expect(201)).body.volunteerId;
  });

  afterAll(() => api.close());

  const me = () => api.as('volunteer', [A], volunteerId);
  const report = (startedAt: string, minutes: number, extra: Record<string, unknown> = {}) =>
    me().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', description: '陪老人散步', startedAt, minutes, ...extra });
  const account = async (position: number) =>
    (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(position)).expect(200)).body as { lifetimeMinutes: number; creditMinutes: number };
  const records = (query: string, as = api.as('staff', [A])) => as.get(`/v1/service-records?${query}`).set('X-Min-Position', '0');

  it('a self-reported record waits, unseen in the credits, until staff of the community verify it, and then deposits once', async () => {
    const reported = await report('2026-03-01T01:00:00Z', 2 * HOUR).expect(201);
    expect(reported.body).toMatchObject({ volunteerId, verified: false });
    expect(await account(reported.body.position)).toMatchObject({ lifetimeMinutes: 0, creditMinutes: 0 });

    const pending = await records(`communityId=${A}&status=pending`).set('X-Min-Position', String(reported.body.position)).expect(200);
    expect(pending.body.items).toEqual([expect.objectContaining({ recordId: reported.body.recordId, status: 'pending', selfReported: true, volunteerName: '赵阿姨' })]);

    // Never by the volunteer, nor by staff of another community.
    await me().post(`/v1/service-records/${reported.body.recordId}/verify`).expect(403);
    expect((await api.as('staff', [B], 'staff-b').post(`/v1/service-records/${reported.body.recordId}/verify`).expect(403)).body.code).toBe('OUT_OF_SCOPE');

    const verified = await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/verify`).expect(200);
    const again = await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/verify`).expect(200);
    expect(await account(Math.max(verified.body.position, again.body.position ?? 0))).toMatchObject({ lifetimeMinutes: 2 * HOUR, creditMinutes: 2 * HOUR });
  });

  it('a volunteer may neither verify their own report in one step nor report for someone else, and nothing is appended', async () => {
    const before = await api.headPosition();
    const refused = await report('2026-03-02T01:00:00Z', HOUR, { verify: true }).expect(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', detail: expect.stringMatching(/^志愿者不能认证服务记录/) });
    expect((await me().post('/v1/service-records').send({ volunteerId: other, category: 'other', startedAt: '2026-03-02T01:00:00Z', minutes: HOUR }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect(await api.headPosition()).toBe(before);
  });

  it('a rejected record never deposits, the volunteer reads why, and its time is free again', async () => {
    const reported = await report('2026-03-03T01:00:00Z', 3 * HOUR).expect(201);
    const rejected = await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/rejection`).send({ reason: '当天活动已取消' }).expect(200);
    expect(rejected.body).toMatchObject({ recordId: reported.body.recordId, rejected: true });
    // A retried rejection changes nothing; verifying or correcting it is refused.
    expect((await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/rejection`).send({ reason: '当天活动已取消' }).expect(200)).body.position).toBeNull();
    expect((await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/verify`).expect(409)).body.code).toBe('SERVICE_RECORD_REJECTED');
    expect((await api.as('staff', [A]).post(`/v1/service-records/${reported.body.recordId}/corrections`).send({ minutes: HOUR, reason: '改时长' }).expect(409)).body.code).toBe('SERVICE_RECORD_REJECTED');

    const own = await me().get(`/v1/volunteers/${volunteerId}/service-records?status=rejected`).set('X-Min-Position', String(rejected.body.position)).expect(200);
    expect(own.body.items).toEqual([expect.objectContaining({ recordId: reported.body.recordId, status: 'rejected', verified: false, rejection: { reason: '当天活动已取消', at: expect.any(String) } })]);
    expect(await account(rejected.body.position)).toMatchObject({ lifetimeMinutes: 2 * HOUR });

    // The same hours, reported again, no longer overlap the rejected record.
    await report('2026-03-03T01:00:00Z', 3 * HOUR).expect(201);
  });

  it('a verified record is corrected, not rejected', async () => {
    const recorded = await api.as('staff', [A]).post('/v1/service-records').send({ volunteerId, category: 'other', startedAt: '2026-03-04T01:00:00Z', minutes: HOUR, verify: true }).expect(201);
    const refused = await api.as('staff', [A]).post(`/v1/service-records/${recorded.body.recordId}/rejection`).send({ reason: '重复' }).expect(409);
    expect(refused.body.code).toBe('SERVICE_RECORD_ALREADY_VERIFIED');
    await api.as('staff', [A]).post(`/v1/service-records/${recorded.body.recordId}/rejection`).send({ reason: '   ' }).expect(400);
  });

  it('lists by status, volunteer, activity and Shanghai service days; a volunteer sees only their own; staff name one of their communities', async () => {
    // 23:30 on 5 March in Shanghai is 15:30 UTC: a Shanghai day, not a UTC one.
    const late = await api.as('staff', [A]).post('/v1/service-records').send({ volunteerId: other, category: 'culture', startedAt: '2026-03-05T15:30:00Z', minutes: 20 }).expect(201);
    const head = String(late.body.position);

    const onTheFifth = await records(`communityId=${A}&from=2026-03-05&to=2026-03-05`).set('X-Min-Position', head).expect(200);
    expect(onTheFifth.body.items.map((item: { recordId: string }) => item.recordId)).toEqual([late.body.recordId]);
    const onTheSixth = await records(`communityId=${A}&from=2026-03-06&to=2026-03-06`).expect(200);
    expect(onTheSixth.body.items).toEqual([]);

    const rejected = await records(`communityId=${A}&status=rejected`).expect(200);
    expect(rejected.body.items.map((item: { status: string }) => item.status)).toEqual(['rejected']);
    const hisOnly = await records(`communityId=${A}&volunteerId=${other}`).expect(200);
    expect(new Set(hisOnly.body.items.map((item: { volunteerId: string }) => item.volunteerId))).toEqual(new Set([other]));

    const mine = await records('status=all', me()).set('X-Min-Position', head).expect(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((item: { volunteerId: string }) => item.volunteerId === volunteerId)).toBe(true);
    expect((await records(`volunteerId=${other}`, me()).expect(403)).body.code).toBe('OUT_OF_SCOPE');

    expect((await records('status=pending').expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await records(`communityId=${B}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    await records(`communityId=${A}&from=2026-3-5`).expect(400);
    await records(`communityId=${A}&status=lost`).expect(400);
  });

  it('lists an activity’s records', async () => {
    const published = await api.as('staff', [A]).post('/v1/activities').send({ title: '敬老院探访', category: 'elderly_care', communityId: A, startsAt: '2026-03-07T01:00:00Z', endsAt: '2026-03-07T04:00:00Z', place: '幸福里' }).expect(201);
    const activityId = published.body.activityId as string;
    await api.as('staff', [A]).post(`/v1/activities/${activityId}/signups`).send({ volunteerId: other }).expect(201);
    const recorded = await api.as('staff', [A]).post('/v1/service-records').send({ volunteerId: other, activityId, startedAt: '2026-03-07T01:00:00Z', minutes: 90 }).expect(201);
    const list = await records(`communityId=${A}&activityId=${activityId}`).set('X-Min-Position', String(recorded.body.position)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ recordId: recorded.body.recordId, activityTitle: '敬老院探访' })]);
  });
});
