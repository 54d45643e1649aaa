import { startTestApi, type TestApi } from '../support/api';

/** Teams with a specialty and a leader who records for the team's activities; card holders asking for help themselves; anyone involved cancelling a request. */
describe('teams, their leaders, and requests volunteers make and cancel', () => {
  let api: TestApi;
  const A = 'teams-a';
  const B = 'teams-b';
  const staff = () => api.as('staff', [A]);
  let phones = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '青年社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '老城社区' }).expect(201);
    // ★★★★★ at 5 hours: a card is within reach of a test.
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
  });

  afterAll(() => api.close());

  const register = async (name: string, communityId = A) =>
    (await api.as('admin').post('/v1/volunteers').send({ name, phone: `135${10_000_000 + phones++}`, communityId }).expect(201)).body.volunteerId as string;
  const as = (volunteerId: string) => api.as('volunteer', [A], volunteerId);

  async function teamActivity(teamId: string, participants: readonly string[], day: string): Promise<string> {
    const published = await staff().post('/v1/activities').send({ title: '义务理发', category: 'elderly_care', communityId: A, teamId, startsAt: `${day}T01:00:00Z`, endsAt: `${day}T03:00:00Z`, place: '活动室' }).expect(201);
    for (const volunteerId of participants) await staff().post(`/v1/activities/${published.body.activityId}/signups`).send({ volunteerId }).expect(201);
    return published.body.activityId as string;
  }

  describe('teams', () => {
    let leader: string;
    let member: string;

    beforeAll(async () => {
      [leader, member] = [await register('队长甲'), await register('队员乙')];
      await staff().post('/v1/teams').send({ teamId: 'barbers', communityId: A, name: '理发服务队', specialty: '助老' }).expect(201);
      await staff().post('/v1/teams').send({ teamId: 'lawyers', communityId: A, name: '法律服务队', specialty: '法律服务' }).expect(201);
      for (const volunteerId of [leader, member]) await staff().post('/v1/teams/barbers/members').send({ volunteerId }).expect(201);
    });

    it('are listed by community and show leader, specialty, members and the year’s verified hours', async () => {
      const appointed = await staff().post('/v1/teams/barbers/leader').send({ volunteerId: leader }).expect(201);
      const activityId = await teamActivity('barbers', [member], '2026-12-01');
      const recorded = await staff().post(`/v1/activities/${activityId}/attendance`).send({}).expect(200);
      const head = String(Math.max(appointed.body.position, recorded.body.position));

      const list = await staff().get(`/v1/teams?communityId=${A}`).set('X-Min-Position', head).expect(200);
      expect(list.body.items.map((team: { name: string }) => team.name)).toEqual(['法律服务队', '理发服务队']);
      const team = await staff().get('/v1/teams/barbers?year=2026').set('X-Min-Position', head).expect(200);
      expect(team.body).toMatchObject({ name: '理发服务队', specialty: '助老', leaderId: leader, leaderName: '队长甲', year: 2026, verifiedMinutes: 120 });
      expect(team.body.memberNames).toEqual([{ volunteerId: leader, name: '队长甲' }, { volunteerId: member, name: '队员乙' }]);
      expect((await staff().get('/v1/teams/barbers?year=2025').expect(200)).body.verifiedMinutes).toBe(0);

      expect((await api.as('staff', [B], 'staff-b').get(`/v1/teams?communityId=${A}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await api.as('staff', [B], 'staff-b').get('/v1/teams/barbers').expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await staff().post('/v1/teams/lawyers/leader').send({ volunteerId: leader }).expect(409)).body.code).toBe('NOT_TEAM_MEMBER');
    });

    it('a leader records for the team’s activity, unverified until staff verify, and gets 403 for another team’s', async () => {
      const ours = await teamActivity('barbers', [member], '2026-12-02');
      const theirs = await teamActivity('lawyers', [member], '2026-12-03');
      const recorded = await as(leader).post(`/v1/activities/${ours}/attendance`).send({ rows: [{ volunteerId: member, minutes: 90 }] }).expect(200);
      expect(recorded.body).toMatchObject({ recorded: 1, refused: 0 });
      const record = await staff().get(`/v1/service-records/${recorded.body.rows[0].recordId}`).set('X-Min-Position', String(recorded.body.position)).expect(200);
      expect(record.body).toMatchObject({ status: 'pending', verified: false, minutes: 90 });

      expect((await as(leader).post(`/v1/activities/${theirs}/attendance`).send({}).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await as(member).post(`/v1/activities/${ours}/attendance`).send({}).expect(403)).body.code).toBe('FORBIDDEN');
    });

    it('a member who leaves the team takes the leadership with them', async () => {
      const left = await staff().delete(`/v1/teams/barbers/members/${leader}`).expect(200);
      const team = await staff().get('/v1/teams/barbers').set('X-Min-Position', String(left.body.position)).expect(200);
      expect(team.body).toMatchObject({ leaderId: null, members: [member] });
      expect((await staff().delete(`/v1/teams/barbers/members/${leader}`).expect(409)).body.code).toBe('NOT_TEAM_MEMBER');
    });
  });

  describe('requests', () => {
    let holder: string;
    let plain: string;
    let provider: string;

    beforeAll(async () => {
      [holder, plain, provider] = [await register('持卡人丙'), await register('居民丁'), await register('服务者戊')];
      await staff().post('/v1/service-records').send({ volunteerId: holder, category: 'other', startedAt: '2026-11-01T01:00:00Z', minutes: 5 * 60, verify: true }).expect(201);
      await staff().post(`/v1/volunteers/${holder}/card`).expect(201);
    });

    const ask = (volunteerId: string, body: Record<string, unknown> = {}) =>
      as(volunteerId).post('/v1/service-requests').send({ communityId: A, category: 'elderly_care', description: '陪同看病', wantedMinutes: 120, forVolunteerId: volunteerId, ...body });

    it('a card holder asks for help themselves, first in line; anyone else asks through staff', async () => {
      const asked = await ask(holder).expect(201);
      expect(asked.body.cardHolder).toBe(true);
      expect((await ask(plain).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await ask(holder, { forVolunteerId: undefined }).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await ask(holder, { communityId: B }).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await ask(holder, { forVolunteerId: plain }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    });

    it('the person helped, the provider or staff of the community cancel an open request; nobody else', async () => {
      const first = (await ask(holder).expect(201)).body.requestId as string;
      expect((await api.as('staff', [B], 'staff-b').post(`/v1/service-requests/${first}/cancellation`).send({ reason: '不需要了' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      const before = await api.headPosition();
      expect((await as(plain).post(`/v1/service-requests/${first}/cancellation`).send({ reason: '不需要了' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect(await api.headPosition()).toBe(before);
      await as(holder).post(`/v1/service-requests/${first}/cancellation`).send({ reason: '家人陪同' }).expect(200);
      expect((await as(holder).post(`/v1/service-requests/${first}/cancellation`).send({ reason: '家人陪同' }).expect(409)).body.code).toBe('SERVICE_REQUEST_CLOSED');

      const second = (await ask(holder).expect(201)).body.requestId as string;
      await staff().post(`/v1/service-requests/${second}/assignment`).send({ providerVolunteerId: provider }).expect(201);
      await as(provider).post(`/v1/service-requests/${second}/cancellation`).send({ reason: '临时有事' }).expect(200);

      const third = (await ask(holder).expect(201)).body.requestId as string;
      await staff().post(`/v1/service-requests/${third}/cancellation`).send({ reason: '重复登记' }).expect(200);
      await staff().post('/v1/service-requests/no-such-request/cancellation').send({ reason: '重复登记' }).expect(404);
      await staff().post(`/v1/service-requests/${third}/cancellation`).send({ reason: ' ' }).expect(400);
    });
  });
});
