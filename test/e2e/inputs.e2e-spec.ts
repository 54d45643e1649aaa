import { startTestApi, type TestApi } from '../support/api';

const A = 'inputs-a';
const B = 'inputs-b';
const PHONE = '13912340001';

/** Input people actually send: times without an offset, grants to communities that do not exist, a phone registered twice. */
describe('inputs people actually send', () => {
  let api: TestApi;
  const lines: string[] = [];
  const admin = () => api.as('admin');

  beforeAll(async () => {
    api = await startTestApi({ env: { LOG_LEVEL: 'debug' }, logDestination: { write: (line: string) => void lines.push(line) } });
    for (const communityId of [A, B]) await admin().post('/v1/communities').send({ communityId, name: communityId }).expect(201);
  });

  afterAll(() => api?.close());

  /** The request is refused as a 4xx problem and appends nothing. */
  async function refused(send: () => PromiseLike<{ status: number; body: { code?: string; detail?: string; errors?: Array<{ field: string; message: string }> } }>, status: number, code: string) {
    const before = await api.headPosition();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(await api.headPosition()).toBe(before);
    return response.body;
  }

  describe('a time without an offset is refused, the same everywhere', () => {
    const activity = (startsAt: string, endsAt: string) => admin().post('/v1/activities').send({ title: '读书会', category: 'culture', communityId: A, startsAt, endsAt, place: '活动室' });

    it.each([
      ['a local time', '2030-01-01T10:00:00', '2030-01-01T11:00:00'],
      ['a date alone', '2030-01-01', '2030-01-02'],
    ])('%s in a body: 400, the field named, Chinese first', async (_what, startsAt, endsAt) => {
      const problem = await refused(() => activity(startsAt, endsAt), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'startsAt', message: expect.stringMatching(/^startsAt 须为带时区的日期时间，如 2025-03-01T09:00:00\+08:00.* \/ startsAt must be a date and time with its offset/) })]));
    });

    it('an offset is read as given: +08:00 is Beijing time', async () => {
      const { activityId } = (await activity('2030-01-01T10:00:00+08:00', '2030-01-01T11:30:00+08:00').expect(201)).body;
      await api.waitForProjections();
      expect((await admin().get(`/v1/activities/${activityId}`).expect(200)).body).toMatchObject({ startsAt: '2030-01-01T02:00:00.000Z', endsAt: '2030-01-01T03:30:00.000Z' });
    });

    it('in a query and in the audit time travel too', async () => {
      await refused(() => api.as('auditor').get('/v1/audit/events?from=2025-01-01T00:00:00'), 400, 'VALIDATION_FAILED');
      const volunteerId = (await admin().post('/v1/volunteers').send({ name: '钱', phone: '13912340099', communityId: A }).expect(201)).body.volunteerId;
      const asOf = await api.as('auditor').get(`/v1/audit/volunteers/${volunteerId}/account?asOf=2025-01-01T00:00:00`).expect(400);
      expect(asOf.body.title).toMatch(/^asOf 须为日志位置，或带时区的日期时间/);
      await api.as('auditor').get(`/v1/audit/volunteers/${volunteerId}/account?asOf=${encodeURIComponent('2025-01-01T08:00:00+08:00')}`).expect(200);
    });
  });

  it('each invalid field is named, Chinese first, and a pattern it failed is never shown', async () => {
    const problem = await refused(() => admin().post('/v1/communities').send({ communityId: 'Not A Slug!', name: 7 }), 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'communityId', constraint: 'matches', message: 'communityId 格式不正确 / communityId has the wrong format' },
        expect.objectContaining({ field: 'name', constraint: 'isString', message: 'name 须为文本 / name must be a string' }),
      ]),
    );
    expect(JSON.stringify(problem)).not.toMatch(/regular expression|\^\[/);
  });

  describe('a grant names a community that exists', () => {
    it('granting one that does not is 404 COMMUNITY_NOT_FOUND', async () => {
      await admin().post('/v1/staff').send({ staffId: 'zhou', name: '周', communityIds: [A] }).expect(201);
      await refused(() => admin().post('/v1/staff/zhou/grants').send({ communityId: 'no-such-community' }), 404, 'COMMUNITY_NOT_FOUND');
      await refused(() => admin().post('/v1/staff').send({ staffId: 'wu', name: '吴', communityIds: [A, 'no-such-community'] }), 404, 'COMMUNITY_NOT_FOUND');
      await refused(() => admin().post('/v1/invitations').send({ role: 'staff', name: '郑', phone: '13912340088', staffId: 'zheng', communityIds: ['no-such-community'] }), 404, 'COMMUNITY_NOT_FOUND');
      await admin().post('/v1/staff/zhou/grants').send({ communityId: B }).expect(201);
    });
  });

  describe('a phone already registered in the community', () => {
    const register = (name: string, communityId: string, extra: Record<string, unknown> = {}) => admin().post('/v1/volunteers').send({ name, phone: PHONE, communityId, ...extra });

    it('is 409 naming the volunteer who has it, never the number; allowSharedPhone registers a namesake sharing it', async () => {
      const first = (await register('孙秀英', A).expect(201)).body.volunteerId;
      const problem = await refused(() => register('孙秀英', A), 409, 'PHONE_ALREADY_REGISTERED');
      expect(problem).toMatchObject({ volunteerId: first, volunteerIds: [first], detail: expect.stringMatching(/^该手机号已登记为本社区志愿者.*allowSharedPhone/) });
      expect(JSON.stringify(problem)).not.toContain(PHONE);

      const second = (await register('孙秀英', A, { allowSharedPhone: true }).expect(201)).body.volunteerId;
      expect(second).not.toBe(first);
      // Another community's registry is its own.
      await register('孙秀英', B).expect(201);
      // A keyed retry of a registration that went through answers it again; it does not find itself a duplicate.
      const keyed = (await admin().post('/v1/volunteers').set('Idempotency-Key', 'register-once').send({ name: '李', phone: '13912340077', communityId: A }).expect(201)).body;
      expect((await admin().post('/v1/volunteers').set('Idempotency-Key', 'register-once').send({ name: '李', phone: '13912340077', communityId: A }).expect(201)).body).toEqual(keyed);
    });

    it('two registrations of one phone at once: one passes', async () => {
      const phone = '13912340066';
      const answers = await Promise.all([0, 1, 2].map(() => admin().post('/v1/volunteers').send({ name: '同时', phone, communityId: A })));
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    });

    it('the number reaches no log line', () => {
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('')).not.toContain(PHONE);
    });
  });
});
