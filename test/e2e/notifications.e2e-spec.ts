import { startTestApi, type TestApi } from '../support/api';

const A = 'tongzhi-a';
const B = 'tongzhi-b';

describe('notifications: a volunteer\'s feed, and what goes out by SMS', () => {
  let api: TestApi;
  const logLines: string[] = [];
  let latest = 0;
  const ids: Record<string, string> = {};
  const staffA = () => api.as('staff', [A], 'staff-tongzhi-a');
  const staffB = () => api.as('staff', [B], 'staff-tongzhi-b');
  const asVolunteer = (id: string) => api.as('volunteer', [A], id);
  const track = <T extends { body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };
  const feedOf = async (id: string, query = '') => (await asVolunteer(id).get(`/v1/me/notifications${query}`).set('X-Min-Position', String(latest)).expect(200)).body;

  beforeAll(async () => {
    api = await startTestApi({ env: { LOG_LEVEL: 'info' }, logDestination: { write: (line: string) => void logLines.push(line) } });
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '通知甲社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '通知乙社区' }).expect(201);
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
    ids.V1 = (await staffA().post('/v1/volunteers').send({ name: '通知一', phone: '13533330001', communityId: A }).expect(201)).body.volunteerId;
    ids.V2 = (await staffA().post('/v1/volunteers').send({ name: '通知二', phone: '13533330002', communityId: A }).expect(201)).body.volunteerId;
    for (let day = 1; day <= 5; day += 1) {
      track(await staffA().post('/v1/service-records').send({ volunteerId: ids.V1, category: 'culture', startedAt: `2025-05-0${day}T01:00:00Z`, minutes: 60, verify: true }).expect(201));
    }
    ids.pending = track(await staffA().post('/v1/service-records').send({ volunteerId: ids.V1, category: 'culture', startedAt: '2025-05-09T01:00:00Z', minutes: 30 }).expect(201)).body.recordId;
    track(await staffA().post(`/v1/service-records/${ids.pending}/rejection`).send({ reason: '时间与签到不符' }).expect(200));
    track(await staffA().post(`/v1/volunteers/${ids.V1}/card`).set('X-Min-Position', String(latest)).expect(201));
  });

  afterAll(() => api?.close());

  it('shows a volunteer their verifications, the levels reached, a rejection\'s reason and their card, newest first', async () => {
    const feed = await feedOf(ids.V1);
    const kinds = feed.items.map((item: { kind: string }) => item.kind);
    expect(kinds[0]).toBe('card_issued');
    expect(kinds.filter((kind: string) => kind === 'service_verified')).toHaveLength(5);
    expect(kinds.filter((kind: string) => kind === 'star_level_reached')).toHaveLength(5);
    expect(kinds).toContain('service_rejected');
    expect(feed.unreadCount).toBe(feed.items.length);
    const card = feed.items[0];
    expect(card).toMatchObject({ read: false, subject: { kind: 'card_issued', reissued: false }, message: { zh: expect.stringMatching(/^您的服务时间消费卡已发放，卡号 /) } });
    const rejected = feed.items.find((item: { kind: string }) => item.kind === 'service_rejected');
    expect(rejected.message.zh).toBe('您的服务记录未通过认证：时间与签到不符');
    expect(feed.items.find((item: { kind: string }) => item.kind === 'service_verified').message.zh).toBe('您的服务记录已认证，60 分钟计入服务时长');
  });

  it('is theirs only: another volunteer sees none of it, and 403 on it; staff of the community may look, others not', async () => {
    expect((await feedOf(ids.V2)).items).toEqual([]);
    expect((await asVolunteer(ids.V2).get(`/v1/volunteers/${ids.V1}/notifications`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staffB().get(`/v1/volunteers/${ids.V1}/notifications`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staffA().get('/v1/me/notifications').expect(403)).body.code).toBe('FORBIDDEN');
    const seen = (await staffA().get(`/v1/volunteers/${ids.V1}/notifications?limit=2`).expect(200)).body;
    expect(seen.items).toHaveLength(2);
    const next = (await staffA().get(`/v1/volunteers/${ids.V1}/notifications?limit=2&cursor=${seen.nextCursor}`).expect(200)).body;
    expect(next.items.map((item: { notificationId: string }) => item.notificationId)).not.toContain(seen.items[0].notificationId);
    // Marking another volunteer's notification read marks nothing.
    expect((await asVolunteer(ids.V2).post('/v1/me/notifications/read').send({ notificationIds: [seen.items[0].notificationId] }).expect(200)).body).toEqual({ marked: 0, unreadCount: 0 });
  });

  it('marks notifications read, one or all', async () => {
    const before = await feedOf(ids.V1);
    const first = before.items[0].notificationId;
    expect((await asVolunteer(ids.V1).post('/v1/me/notifications/read').send({ notificationIds: [first] }).expect(200)).body).toEqual({ marked: 1, unreadCount: before.unreadCount - 1 });
    const unread = await feedOf(ids.V1, '?unread=true');
    expect(unread.items.map((item: { notificationId: string }) => item.notificationId)).not.toContain(first);
    expect((await feedOf(ids.V1)).items[0]).toMatchObject({ notificationId: first, read: true });
    expect((await asVolunteer(ids.V1).post('/v1/me/notifications/read').send({}).expect(200)).body.unreadCount).toBe(0);
    for (const body of [{ notificationIds: 'x' }, { notificationIds: [] }, { other: 1 }]) {
      const response = await asVolunteer(ids.V1).post('/v1/me/notifications/read').send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await asVolunteer(ids.V1).get('/v1/me/notifications?unread=maybe').expect(400);
  });

  it('sends a short zh-CN SMS for the card through the SMS port, whose log holds no personal data', async () => {
    const sent = () => logLines.filter((line) => line.includes('sms queued') && line.includes('"purpose":"notification"'));
    for (let attempt = 0; attempt < 100 && sent().length < 6; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    // Five levels reached and one card, each once, to the volunteer's phone (masked in the log).
    expect(sent()).toHaveLength(6);
    for (const line of sent()) {
      expect(line).toContain('135****0001');
      expect(line).not.toContain('13533330001');
      expect(line).not.toContain('通知一');
    }
  });
});
