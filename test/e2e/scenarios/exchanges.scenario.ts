import type { TestApi } from '../../support/api';
import { uniquePhone } from '../../support/phones';

const HOUR = 60;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The three exchanges over HTTP, against whichever api `start` gives
 * (PostgreSQL log, EventStoreDB log, …): the same assertions on every event store.
 */
export function describeExchanges(start: () => Promise<TestApi>): void {
  describe('the three exchanges: time cards, redemptions, requests, rewards and honours', () => {
    let api: TestApi;
    const communityId = 'xiaoying';
    /** Each recorded service gets its own hour slot, so no two records of one volunteer overlap. */
    let slot = 0;
    /** The highest log position any write answered with: reads wait for it (X-Min-Position), not for the visible head. */
    let latest = 0;

    beforeAll(async () => {
      api = await start();
      await admin().post('/v1/communities').send({ communityId, name: '小营社区' }).expect(201);
      // Low thresholds: ★ at 1 hour … ★★★★★ at 5 hours, so volunteers reach the card level quickly.
      await admin().put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
    });

    afterAll(() => api?.close());

    type Agent = ReturnType<TestApi['as']>;
    const tracked = (agent: Agent): Agent =>
      agent.use((req: { on(event: 'response', listener: (res: { body?: { position?: unknown } }) => void): unknown }) => {
        req.on('response', (res: { body?: { position?: unknown } }) => {
          if (typeof res.body?.position === 'number') latest = Math.max(latest, res.body.position);
        });
      });
    const admin = () => tracked(api.as('admin'));
    // Staff act only inside their communities: this one holds every community the scenarios register.
    const staff = () => tracked(api.as('staff', [communityId, 'queue-test', 'badge-test', 'roll-test']));

    /** Read-your-writes: waits until every projection has applied the latest write. */
    async function settle(): Promise<void> {
      await api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200);
    }

    async function registerVolunteer(name: string, community = communityId): Promise<string> {
      const response = await tracked(api.as('staff', [community])).post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId: community, partyMember: true }).expect(201);
      return response.body.volunteerId as string;
    }

    function nextStart(): Date {
      slot += 1;
      return new Date(Date.UTC(2025, 0, 1) + slot * 2 * HOUR_MS);
    }

    async function serve(volunteerId: string, minutes: number, startedAt = nextStart()) {
      await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt: startedAt.toISOString(), minutes, verify: true }).expect(201);
    }

    async function volunteerWithHours(name: string, hours: number): Promise<string> {
      const volunteerId = await registerVolunteer(name);
      for (let i = 0; i < hours; i += 1) await serve(volunteerId, HOUR);
      return volunteerId;
    }

    async function cardHolder(name: string, hours: number): Promise<string> {
      const volunteerId = await volunteerWithHours(name, hours);
      await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(201);
      return volunteerId;
    }

    async function account(volunteerId: string) {
      await settle();
      return (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200)).body;
    }

    function redeem(volunteerId: string, minutes: number, extra: Record<string, unknown> = {}) {
      return staff().post('/v1/redemptions').send({ volunteerId, minutes, description: '上门助洁 / cleaning help', ...extra });
    }

    describe('time cards', () => {
      it('refuses a card below the card level and issues one at it', async () => {
        const volunteerId = await volunteerWithHours('赵一', 4);
        const refused = await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(409);
        expect(refused.body.code).toBe('CARD_LEVEL_NOT_REACHED');

        await serve(volunteerId, HOUR);
        const issued = await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(201);
        expect(issued.body).toMatchObject({ volunteerId, status: 'active' });
        expect(issued.body.cardNumber).toMatch(/^SJ-\d{10}$/);
        expect(typeof issued.body.position).toBe('number');
        expect((await account(volunteerId)).card).toMatchObject({ cardNumber: issued.body.cardNumber, status: 'active' });

        const again = await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(409);
        expect(again.body.code).toBe('CARD_ALREADY_ISSUED');
        await api.as('volunteer').post(`/v1/volunteers/${volunteerId}/card/suspension`).send({ reason: 'x' }).expect(403);
      });

      it('a suspended card cannot spend; reinstated it can; lost and re-issued, the new number spends', async () => {
        const volunteerId = await cardHolder('钱二', 5);
        await staff().post(`/v1/volunteers/${volunteerId}/card/suspension`).send({ reason: '核查中 / under review' }).expect(201);
        const refused = await redeem(volunteerId, 30).expect(409);
        expect(refused.body.code).toBe('CARD_SUSPENDED');

        await staff().post(`/v1/volunteers/${volunteerId}/card/reinstatement`).expect(201);
        const spent = await redeem(volunteerId, 30).expect(201);
        expect(spent.body).toMatchObject({ volunteerId, minutes: 30, creditMinutes: 5 * HOUR - 30 });
        expect(spent.body.redemptionId).toEqual(expect.any(String));

        const lost = await staff().post(`/v1/volunteers/${volunteerId}/card/loss`).expect(201);
        expect((await redeem(volunteerId, 30).expect(409)).body.code).toBe('CARD_LOST');
        const reissued = await staff().post(`/v1/volunteers/${volunteerId}/card/reissue`).expect(201);
        expect(reissued.body.replacesCardNumber).toBe(lost.body.cardNumber);
        expect(reissued.body.cardNumber).not.toBe(lost.body.cardNumber);
        await redeem(volunteerId, 30).expect(201);
        expect(await account(volunteerId)).toMatchObject({ creditMinutes: 5 * HOUR - 60, card: { cardNumber: reissued.body.cardNumber, status: 'active' } });
      });
    });

    describe('redemptions', () => {
      it('of 20 concurrent one-hour redemptions against 600 credit minutes exactly 10 succeed and the balance ends at 0', async () => {
        const volunteerId = await cardHolder('孙三', 10);
        expect((await account(volunteerId)).creditMinutes).toBe(600);
        const responses = await Promise.all(Array.from({ length: 20 }, () => redeem(volunteerId, HOUR)));
        const statuses = responses.map((response) => response.status);
        expect(statuses.filter((status) => status === 201)).toHaveLength(10);
        expect(statuses.filter((status) => status === 409)).toHaveLength(10);
        expect(responses.filter((response) => response.status === 409).every((response) => response.body.code === 'INSUFFICIENT_CREDITS')).toBe(true);
        expect(await account(volunteerId)).toMatchObject({ creditMinutes: 0, lifetimeMinutes: 600 });
      });

      it('the same Idempotency-Key sent 5 times at once debits once', async () => {
        const volunteerId = await cardHolder('李四', 5);
        const responses = await Promise.all(Array.from({ length: 5 }, () => redeem(volunteerId, 45).set('Idempotency-Key', `redeem-${volunteerId}`)));
        expect(responses.map((response) => response.status)).toEqual(Array(5).fill(201));
        expect(new Set(responses.map((response) => response.body.redemptionId)).size).toBe(1);
        expect((await account(volunteerId)).creditMinutes).toBe(5 * HOUR - 45);
      });

      it('credits the named provider with verified service, refuses before debiting when the provider cannot be credited, and reverses', async () => {
        const holder = await cardHolder('周五', 5);
        const provider = await registerVolunteer('吴六');
        const startedAt = nextStart();
        const done = await redeem(holder, 90, { provider: { volunteerId: provider, startedAt: startedAt.toISOString() } }).expect(201);
        expect(done.body).toMatchObject({ creditMinutes: 5 * HOUR - 90, providerRecordId: expect.any(String) });

        // The provider already served at that time: overlapping record, nothing debited.
        const overlap = await redeem(holder, 30, { provider: { volunteerId: provider, startedAt: new Date(startedAt.getTime() + 30 * 60_000).toISOString() } });
        expect(overlap.status).toBeGreaterThanOrEqual(400);
        expect(await account(provider)).toMatchObject({ lifetimeMinutes: 90, creditMinutes: 90 });
        expect(await account(holder)).toMatchObject({ creditMinutes: 5 * HOUR - 90 });
        const record = await api.as('admin').get(`/v1/service-records/${done.body.providerRecordId}`).expect(200);
        expect(record.body).toMatchObject({ volunteerId: provider, verified: true, category: 'other', redemptionId: done.body.redemptionId });

        const reversed = await staff().post(`/v1/redemptions/${done.body.redemptionId}/reversal`).send({ reason: '服务未完成 / not given' }).expect(201);
        expect(reversed.body).toMatchObject({ volunteerId: holder, minutes: 90 });
        expect((await account(holder)).creditMinutes).toBe(5 * HOUR);
        expect((await staff().post(`/v1/redemptions/${done.body.redemptionId}/reversal`).send({ reason: 'again' }).expect(409)).body.code).toBe('REDEMPTION_ALREADY_REVERSED');
        expect((await staff().post('/v1/redemptions/nope/reversal').send({ reason: 'x' }).expect(404)).body.code).toBe('REDEMPTION_NOT_FOUND');
      });
    });

    describe('service requests', () => {
      it('puts card holders first, then the oldest; completing a holder’s request debits them and credits the provider', async () => {
        const community = 'queue-test';
        await admin().post('/v1/communities').send({ communityId: community, name: '排队社区' }).expect(201);
        const plain = await volunteerWithHours('郑七', 1);
        const holder = await cardHolder('王八', 5);
        const provider = await registerVolunteer('冯九');
        const ask = (forVolunteerId?: string) =>
          staff().post('/v1/service-requests').send({ communityId: community, category: 'elderly_care', description: '打扫 / cleaning', wantedMinutes: 60, forVolunteerId });
        const resident = (await ask().expect(201)).body;
        const nonHolder = (await ask(plain).expect(201)).body;
        const holderRequest = (await ask(holder).expect(201)).body;
        expect([resident.cardHolder, nonHolder.cardHolder, holderRequest.cardHolder]).toEqual([false, false, true]);

        const queue = await staff().get(`/v1/service-requests?communityId=${community}`).set('X-Min-Position', String(holderRequest.position)).expect(200);
        expect(queue.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([holderRequest.requestId, resident.requestId, nonHolder.requestId]);

        const unassigned = await staff().post(`/v1/service-requests/${holderRequest.requestId}/completion`).send({ minutes: 60, startedAt: nextStart().toISOString() }).expect(409);
        expect(unassigned.body.code).toBe('SERVICE_REQUEST_NOT_ASSIGNED');
        await staff().post(`/v1/service-requests/${holderRequest.requestId}/assignment`).send({ providerVolunteerId: provider }).expect(201);
        const completed = await staff().post(`/v1/service-requests/${holderRequest.requestId}/completion`).send({ minutes: 50, startedAt: nextStart().toISOString() }).expect(201);
        expect(completed.body.redemptionId).toEqual(expect.any(String));
        expect(await account(holder)).toMatchObject({ creditMinutes: 5 * HOUR - 50 });
        expect(await account(provider)).toMatchObject({ lifetimeMinutes: 50 });

        await staff().post(`/v1/service-requests/${resident.requestId}/assignment`).send({ providerVolunteerId: provider }).expect(201);
        const residentDone = await staff().post(`/v1/service-requests/${resident.requestId}/completion`).send({ minutes: 40, startedAt: nextStart().toISOString() }).expect(201);
        expect(residentDone.body.redemptionId).toBeNull();
        expect(await account(provider)).toMatchObject({ lifetimeMinutes: 90 });

        const remaining = await staff().get(`/v1/service-requests?communityId=${community}`).expect(200);
        expect(remaining.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([nonHolder.requestId]);
      });
    });

    describe('rewards', () => {
      let rewardId: string;

      beforeAll(async () => {
        await admin().post('/v1/partners').send({ partnerId: 'renai-clinic', name: '仁爱诊所', kind: 'clinic' }).expect(201);
        rewardId = 'renai-priority';
        await admin()
          .post('/v1/rewards')
          .send({ rewardId, partnerId: 'renai-clinic', name: '优先就诊九折', kind: 'priority_discount', discountPercent: 10, quota: { count: 2, period: 'month' } })
          .expect(201);
        await staff().post('/v1/partners').send({ partnerId: 'x', name: 'x', kind: 'x' }).expect(403);
      });

      const claim = (volunteerId: string) => staff().post(`/v1/rewards/${rewardId}/claims`).send({ volunteerId });

      it('an eligible ★★★★★ volunteer may claim; a ★★★★ volunteer gets 403 STAR_LEVEL_TOO_LOW', async () => {
        const five = await volunteerWithHours('陈十', 5);
        const four = await volunteerWithHours('褚十一', 4);
        await settle();
        const view = await staff().get(`/v1/volunteers/${five}/rewards`).expect(200);
        expect(view.body.items).toEqual([expect.objectContaining({ rewardId, claimsLeft: 2, discountPercent: 10 })]);
        expect((await staff().get(`/v1/volunteers/${four}/rewards`).expect(200)).body.items).toEqual([]);

        await claim(five).expect(201);
        const refused = await claim(four).expect(403);
        expect(refused.body.code).toBe('STAR_LEVEL_TOO_LOW');
        await settle();
        expect((await staff().get(`/v1/volunteers/${five}/rewards`).expect(200)).body.items).toEqual([expect.objectContaining({ rewardId, claimsLeft: 1 })]);
      });

      it('with a quota of 2 a month, exactly 2 of 5 concurrent claims succeed', async () => {
        const volunteerId = await volunteerWithHours('卫十二', 5);
        const responses = await Promise.all(Array.from({ length: 5 }, () => claim(volunteerId)));
        expect(responses.filter((response) => response.status === 201)).toHaveLength(2);
        expect(responses.filter((response) => response.status === 409).map((response) => response.body.code)).toEqual(Array(3).fill('REWARD_QUOTA_EXHAUSTED'));
        await settle();
        expect((await staff().get(`/v1/volunteers/${volunteerId}/rewards`).expect(200)).body.items).toEqual([]);
      });

      it('a withdrawn reward cannot be claimed', async () => {
        await admin().post('/v1/rewards').send({ rewardId: 'library-card', partnerId: 'renai-clinic', name: '借书卡', kind: 'priority', discountPercent: 0 }).expect(201);
        await admin().post('/v1/rewards/library-card/withdrawal').send({ reason: '合作结束 / ended' }).expect(201);
        const volunteerId = await volunteerWithHours('蒋十三', 5);
        expect((await staff().post('/v1/rewards/library-card/claims').send({ volunteerId }).expect(409)).body.code).toBe('REWARD_WITHDRAWN');
      });
    });

    describe('honours', () => {
      it('certifies a level, and lists the volunteers a badge is due to', async () => {
        const community = 'badge-test';
        await admin().post('/v1/communities').send({ communityId: community, name: '胸牌社区' }).expect(201);
        const volunteerId = await registerVolunteer('沈十四', community);
        for (let i = 0; i < 3; i += 1) await serve(volunteerId, HOUR);
        await settle();
        let due = await staff().get(`/v1/honours/badges-due?communityId=${community}`).expect(200);
        expect(due.body.items).toEqual([expect.objectContaining({ volunteerId, starLevel: 3, highestCertifiedStarLevel: 0 })]);

        await staff().post(`/v1/volunteers/${volunteerId}/certifications`).send({ starLevel: 3 }).expect(201);
        expect((await staff().post(`/v1/volunteers/${volunteerId}/certifications`).send({ starLevel: 4 }).expect(403)).body.code).toBe('STAR_LEVEL_TOO_LOW');
        expect((await staff().post(`/v1/volunteers/${volunteerId}/certifications`).send({ starLevel: 3 }).expect(409)).body.code).toBe('STAR_LEVEL_ALREADY_CERTIFIED');
        await settle();
        due = await staff().get(`/v1/honours/badges-due?communityId=${community}`).expect(200);
        expect(due.body.items).toEqual([]);
        expect((await account(volunteerId)).certifiedStarLevels).toEqual([3]);
      });

      it('ranks the year’s verified minutes (Shanghai year), ties by volunteer id, as JSON and as CSV', async () => {
        const community = 'roll-test';
        await admin().post('/v1/communities').send({ communityId: community, name: '表彰社区' }).expect(201);
        const [a, b, c] = [await registerVolunteer('甲', community), await registerVolunteer('乙', community), await registerVolunteer('丙', community)];
        const at = (iso: string) => new Date(iso);
        const record = (volunteerId: string, startedAt: Date, minutes: number, verify = true) =>
          staff().post('/v1/service-records').send({ volunteerId, category: 'culture', startedAt: startedAt.toISOString(), minutes, verify }).expect(201);
        // a: 120 + 60 = 180 in 2023; 2022-12-31T16:30Z is 2023-01-01 00:30 in Shanghai, so it counts for 2023.
        await record(a, at('2023-03-01T01:00:00Z'), 120);
        await record(a, at('2022-12-31T16:30:00Z'), 60);
        // b: 180 in 2023 (ties with a); its 2023-12-31T16:30Z service is 2024 in Shanghai and an unverified one does not count.
        await record(b, at('2023-05-01T01:00:00Z'), 180);
        await record(b, at('2023-12-31T16:30:00Z'), 300);
        await record(b, at('2023-06-01T01:00:00Z'), 240, false);
        // c: 200 in 2023 over two records.
        await record(c, at('2023-07-01T01:00:00Z'), 100);
        await record(c, at('2023-08-01T01:00:00Z'), 100);
        await settle();

        const roll = await staff().get(`/v1/honour-roll?year=2023&communityId=${community}`).expect(200);
        const [first, ...tied] = [c, ...[a, b].sort()];
        expect(roll.body.items.map((entry: Record<string, unknown>) => [entry.rank, entry.volunteerId, entry.verifiedMinutes, entry.records])).toEqual([
          [1, first, 200, 2],
          [2, tied[0], 180, tied[0] === a ? 2 : 1],
          [3, tied[1], 180, tied[1] === a ? 2 : 1],
        ]);
        const starOf = (id: string) => roll.body.items.find((entry: { volunteerId: string }) => entry.volunteerId === id).starLevel;
        expect([starOf(a), starOf(b), starOf(c)]).toEqual([3, 5, 3]);

        const csv = await staff().get(`/v1/honour-roll?year=2023&communityId=${community}`).set('Accept', 'text/csv').expect(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
        expect(lines[0]).toContain('名次 Rank');
        expect(lines[0]).toContain('Verified minutes');
        expect(lines).toHaveLength(4);
        expect(lines[1].split(',').slice(0, 3)).toEqual(['1', first, '丙']);

        expect((await staff().get(`/v1/honour-roll?year=2024&communityId=${community}`).expect(200)).body.items.map((entry: { volunteerId: string }) => entry.volunteerId)).toEqual([b]);
      });
    });
  });
}
