import { startTestApi, type TestApi } from '../support/api';

/** The monthly Party member service day as a series, and activities with a capacity and a waiting list. */
describe('recurring activities, capacity and the waiting list', () => {
  let api: TestApi;
  const A = 'series-a';
  const staff = () => api.as('staff', [A]);
  let phones = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '和平社区' }).expect(201);
  });

  afterAll(() => api.close());

  const register = async () => (await staff().post('/v1/volunteers').send({ name: `居民${phones}`, phone: `136${10_000_000 + phones++}`, communityId: A }).expect(201)).body.volunteerId as string;

  it('a monthly series creates 12 occurrences on the second Saturdays (Shanghai), one moved and one cancelled alone', async () => {
    const planned = await staff()
      .post('/v1/activity-series')
      .send({ title: '党员服务日', category: 'environment', communityId: A, place: '社区党群服务中心', rule: 'FREQ=MONTHLY;BYDAY=2SA', startsAt: '2027-01-09T09:00:00+08:00', endsAt: '2027-01-09T11:30:00+08:00', count: 12 })
      .expect(201);
    const { seriesId, occurrences } = planned.body as { seriesId: string; occurrences: Array<{ activityId: string; startsAt: string; endsAt: string }> };
    expect(occurrences.map((occurrence) => occurrence.startsAt)).toEqual(
      ['2027-01-09', '2027-02-13', '2027-03-13', '2027-04-10', '2027-05-08', '2027-06-12', '2027-07-10', '2027-08-14', '2027-09-11', '2027-10-09', '2027-11-13', '2027-12-11'].map((day) => `${day}T01:00:00.000Z`),
    );
    expect(occurrences.every((occurrence) => Date.parse(occurrence.endsAt) - Date.parse(occurrence.startsAt) === 150 * 60_000)).toBe(true);

    const [, second, third] = occurrences;
    const moved = await staff().post(`/v1/activities/${second.activityId}/rescheduling`).send({ startsAt: '2027-02-20T09:00:00+08:00', endsAt: '2027-02-20T11:30:00+08:00' }).expect(201);
    await staff().post(`/v1/activities/${third.activityId}/cancellation`).send({ reason: '与区里活动冲突' }).expect(201);

    const listed = await staff().get(`/v1/activities?seriesId=${seriesId}&limit=50`).set('X-Min-Position', String(moved.body.position + 1)).expect(200);
    const byId = new Map((listed.body.items as Array<{ activityId: string; startsAt: string; status: string; seriesId: string }>).map((item) => [item.activityId, item]));
    expect(byId.size).toBe(12);
    expect(byId.get(second.activityId)).toMatchObject({ startsAt: '2027-02-20T01:00:00.000Z', status: 'published', seriesId });
    expect(byId.get(third.activityId)).toMatchObject({ startsAt: third.startsAt, status: 'cancelled' });
    const untouched = occurrences.filter((occurrence) => occurrence !== second && occurrence !== third);
    expect(untouched.map((occurrence) => byId.get(occurrence.activityId))).toEqual(untouched.map((occurrence) => expect.objectContaining({ startsAt: occurrence.startsAt, status: 'published' })));
  });

  it('refuses a rule that is not one, or a first occurrence off the rule, publishing nothing', async () => {
    const before = await api.headPosition();
    const plan = (rule: string, startsAt: string) =>
      staff().post('/v1/activity-series').send({ title: '服务日', category: 'other', communityId: A, place: '广场', rule, startsAt, endsAt: '2027-01-30T11:00:00+08:00' });
    expect((await plan('EVERY MONTH', '2027-01-09T09:00:00+08:00').expect(422)).body.code).toBe('INVALID_SERIES_RULE');
    expect((await plan('FREQ=MONTHLY;BYDAY=2SA;COUNT=100', '2027-01-09T09:00:00+08:00').expect(422)).body.code).toBe('INVALID_SERIES_RULE');
    expect((await plan('FREQ=MONTHLY;BYDAY=2SA', '2027-01-16T09:00:00+08:00').expect(422)).body.code).toBe('SERIES_START_NOT_IN_RULE');
    expect(await api.headPosition()).toBe(before);
  });

  it('capacity 10 with 12 sign-ups at once: exactly 10 in, 2 waiting; a withdrawal promotes the first waiting', async () => {
    const published = await staff().post('/v1/activities').send({ title: '义诊', category: 'health_clinic', communityId: A, startsAt: '2027-03-01T01:00:00Z', endsAt: '2027-03-01T03:00:00Z', place: '卫生站', capacity: 10 }).expect(201);
    const activityId = published.body.activityId as string;
    const residents: string[] = [];
    for (let i = 0; i < 12; i += 1) residents.push(await register());

    const answers = await Promise.all(residents.map((volunteerId) => api.as('volunteer', [A], volunteerId).post(`/v1/activities/${activityId}/signups`).send({ volunteerId })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    const statuses = answers.map((answer) => answer.body.status as string);
    expect(statuses.filter((status) => status === 'signed-up')).toHaveLength(10);
    expect(statuses.filter((status) => status === 'waiting')).toHaveLength(2);

    const head = Math.max(...answers.map((answer) => answer.body.position as number));
    const full = await staff().get(`/v1/activities/${activityId}`).set('X-Min-Position', String(head)).expect(200);
    expect(full.body.participants).toHaveLength(10);
    expect(full.body.waiting).toHaveLength(2);
    const firstWaiting = full.body.waiting[0].volunteerId as string;
    expect(full.body.waiting[0].name).toMatch(/^居民/);

    const leaving = full.body.participants[3].volunteerId as string;
    const withdrawn = await api.as('volunteer', [A], leaving).delete(`/v1/activities/${activityId}/signups/${leaving}`).expect(200);
    expect(withdrawn.body.promotedVolunteerId).toBe(firstWaiting);
    const after = await staff().get(`/v1/activities/${activityId}`).set('X-Min-Position', String(withdrawn.body.position)).expect(200);
    expect(after.body.participants.map((p: { volunteerId: string }) => p.volunteerId)).toContain(firstWaiting);
    expect(after.body.participants).toHaveLength(10);
    expect(after.body.waiting).toHaveLength(1);
    const feed = await api.as('volunteer', [A], firstWaiting).get('/v1/me/notifications').set('X-Min-Position', String(withdrawn.body.position)).expect(200);
    expect(feed.body.items).toEqual([expect.objectContaining({ kind: 'waitlist_promoted', message: expect.objectContaining({ zh: expect.stringContaining('由候补转为参加活动“义诊”') }) })]);
  });
});
