import { startTestApi, type TestApi } from '../support/api';

/**
 * A whole activity's attendance in one request: a row per volunteer,
 * each checked as a single record would be and answered on its own, the
 * request safe to retry with its Idempotency-Key.
 */
describe('attendance for a whole activity', () => {
  let api: TestApi;
  const A = 'attend-a';
  const B = 'attend-b';
  const staff = () => api.as('staff', [A]);
  let phones = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '南社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '北社区' }).expect(201);
  });

  afterAll(() => api.close());

  async function volunteers(count: number, communityId = A): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const phone = `139${10_000_000 + phones++}`;
      ids.push((await api.as('admin').post('/v1/volunteers').send({ name: `志愿者${i}`, phone, communityId }).expect(201)).body.volunteerId);
    }
    return ids;
  }

  /** An activity of 2.5 hours on `day` (2026-04-DD, 09:00–11:30 Shanghai), with these volunteers signed up. */
  async function activity(day: number, signedUp: readonly string[]): Promise<string> {
    const date = `2026-04-${String(day).padStart(2, '0')}`;
    const published = await staff().post('/v1/activities').send({ title: '党员服务日', category: 'environment', communityId: A, startsAt: `${date}T01:00:00Z`, endsAt: `${date}T03:30:00Z`, place: '社区广场' }).expect(201);
    for (const volunteerId of signedUp) await api.as('admin').post(`/v1/activities/${published.body.activityId}/signups`).send({ volunteerId }).expect(201);
    return published.body.activityId as string;
  }

  const lifetime = async (volunteerId: string, position: number) =>
    (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(position)).expect(200)).body.lifetimeMinutes as number;

  it('records and verifies every signed-up volunteer for the activity’s length when no rows are given', async () => {
    const roster = await volunteers(10);
    const activityId = await activity(1, roster);
    const answer = await staff().post(`/v1/activities/${activityId}/attendance`).send({}).expect(200);
    expect(answer.body).toMatchObject({ activityId, recorded: 10, refused: 0 });
    expect(new Set(answer.body.rows.map((row: { volunteerId: string }) => row.volunteerId))).toEqual(new Set(roster));
    expect(answer.body.rows.every((row: { outcome: string; minutes: number }) => row.outcome === 'recorded' && row.minutes === 150)).toBe(true);
    for (const volunteerId of roster) expect(await lifetime(volunteerId, answer.body.position)).toBe(150);
  });

  it('200 rows with one bad: 199 recorded and verified, the bad one refused with its code, and a keyed retry changes nothing', async () => {
    const roster = await volunteers(200);
    const activityId = await activity(2, roster);
    const rows = roster.map((volunteerId, index) => ({ volunteerId, minutes: index === 57 ? 151 : 120 }));
    const before = await api.headPosition();
    const first = await staff().post(`/v1/activities/${activityId}/attendance`).set('Idempotency-Key', 'attendance-200').send({ rows }).expect(200);
    expect(first.body).toMatchObject({ recorded: 199, refused: 1 });
    expect(first.body.rows[57]).toMatchObject({ volunteerId: roster[57], outcome: 'refused', code: 'SERVICE_OUTSIDE_ACTIVITY', message: expect.stringMatching(/^.+ \/ .+$/) });
    expect(first.body.rows.map((row: { volunteerId: string }) => row.volunteerId)).toEqual(roster);
    const head = await api.headPosition();

    const again = await staff().post(`/v1/activities/${activityId}/attendance`).set('Idempotency-Key', 'attendance-200').send({ rows }).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await api.headPosition()).toBe(head);

    const verified = await api.as('auditor').get(`/v1/audit/events?type=ServiceVerified&fromPosition=${before + 1}&limit=500`).expect(200);
    expect(verified.body.items).toHaveLength(199);
    const records = await staff().get(`/v1/service-records?communityId=${A}&activityId=${activityId}&status=verified&limit=200`).set('X-Min-Position', String(head)).expect(200);
    expect(records.body.items).toHaveLength(199);
  });

  it('refuses alone a row for a volunteer not signed up, unknown, or outside the caller’s communities', async () => {
    const [signed, notSigned] = await volunteers(2);
    const [elsewhere] = await volunteers(1, B);
    const activityId = await activity(3, [signed]);
    await api.as('admin').post(`/v1/activities/${activityId}/signups`).send({ volunteerId: elsewhere }).expect(201);
    const answer = await staff()
      .post(`/v1/activities/${activityId}/attendance`)
      .send({ rows: [{ volunteerId: signed }, { volunteerId: notSigned }, { volunteerId: 'nobody' }, { volunteerId: elsewhere }] })
      .expect(200);
    expect(answer.body.rows.map((row: { outcome: string; code?: string }) => row.code ?? row.outcome)).toEqual(['recorded', 'NOT_SIGNED_UP', 'VOLUNTEER_NOT_FOUND', 'OUT_OF_SCOPE']);
    // An admin spans the street.
    const admin = await api.as('admin').post(`/v1/activities/${activityId}/attendance`).send({ rows: [{ volunteerId: elsewhere }] }).expect(200);
    expect(admin.body.rows[0]).toMatchObject({ outcome: 'recorded' });
  });

  it('refuses a malformed request whole, appending nothing', async () => {
    const [one] = await volunteers(1);
    const activityId = await activity(4, [one]);
    expect((await api.as('staff', [B], 'staff-b').post(`/v1/activities/${activityId}/attendance`).send({}).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    const before = await api.headPosition();
    const bad = async (body: unknown) => (await staff().post(`/v1/activities/${activityId}/attendance`).send(body as object).expect(400)).body.code;
    expect(await bad({ rows: [{ volunteerId: one }, { volunteerId: one }] })).toBe('VALIDATION_FAILED');
    expect(await bad({ rows: Array.from({ length: 501 }, (_, i) => ({ volunteerId: `v-${i}` })) })).toBe('VALIDATION_FAILED');
    expect(await bad({ rows: [] })).toBe('VALIDATION_FAILED');
    expect(await bad({ rows: [{ volunteerId: one, minutes: 0 }] })).toBe('VALIDATION_FAILED');
    expect((await staff().post('/v1/activities/no-such-activity/attendance').send({}).expect(404)).body.code).toBe('ACTIVITY_NOT_FOUND');
    await staff().post(`/v1/activities/${activityId}/cancellation`).send({ reason: '下雨' }).expect(201);
    const cancelledAt = await api.headPosition();
    expect((await staff().post(`/v1/activities/${activityId}/attendance`).send({}).expect(409)).body.code).toBe('ACTIVITY_CANCELLED');
    expect(await api.headPosition()).toBe(cancelledAt);
    expect(cancelledAt).toBe(before + 1);
  });
});
