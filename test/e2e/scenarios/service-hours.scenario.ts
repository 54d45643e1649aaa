import type { TestApi } from '../../support/api';
import { uniquePhone } from '../../support/phones';

const HOUR = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Volunteers, verified service hours and star levels over HTTP, against
 * whichever api `start` gives (PostgreSQL log, EventStoreDB log, …): the same
 * assertions on every event store.
 */
export function describeServiceHours(start: () => Promise<TestApi>): void {
  describe('volunteers, verified service hours and star levels', () => {
    let api: TestApi;
    let communityId: string;

    beforeAll(async () => {
      api = await start();
      communityId = 'beixiajie';
      await api.as('admin').post('/v1/communities').send({ communityId, name: '北下街社区' }).expect(201);
    });

    afterAll(() => api?.close());

    async function registerVolunteer(name = '张三', phone = uniquePhone()): Promise<string> {
      const response = await api.as('staff', [communityId]).post('/v1/volunteers').send({ name, phone, communityId, partyMember: true }).expect(201);
      return response.body.volunteerId as string;
    }

    function record(volunteerId: string, startedAt: Date, minutes: number) {
      return api
        .as('staff', [communityId])
        .post('/v1/service-records')
        .send({ volunteerId, category: 'elderly_care', description: '上门探访', startedAt: startedAt.toISOString(), minutes, verify: true });
    }

    it('rates 1,499 hours ★★★★, one more hour ★★★★★, and a two-hour correction ★★★★ again, step by step in the ledger', async () => {
      const volunteerId = await registerVolunteer();
      const firstDay = Date.UTC(2024, 0, 1, 0, 0);
      // 62 full days and 660 minutes: 1,499 hours exactly, in records that touch but never overlap.
      for (let day = 0; day < 62; day += 1) await record(volunteerId, new Date(firstDay + day * DAY_MS), 1440).expect(201);
      const last = await record(volunteerId, new Date(firstDay + 62 * DAY_MS), 660).expect(201);

      let account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(last.body.position)).expect(200);
      expect(account.body).toMatchObject({ lifetimeMinutes: 1499 * HOUR, creditMinutes: 1499 * HOUR, starLevel: 4, nextStarLevel: 5, minutesToNextStar: HOUR });
      // The position the answer reflects: at least the write it was asked to include, at most the log's head.
      expect(account.body.position).toBeGreaterThanOrEqual(last.body.position);
      expect(account.body.position).toBeLessThanOrEqual(await api.headPosition());

      const fifth = await record(volunteerId, new Date(firstDay + 70 * DAY_MS), HOUR).expect(201);
      account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(fifth.body.position)).expect(200);
      expect(account.body).toMatchObject({ lifetimeMinutes: 1500 * HOUR, starLevel: 5, nextStarLevel: null, minutesToNextStar: null });
      expect(account.body.starLevelSince).toMatchObject({ starLevel: 5, position: fifth.body.position, cause: 'ServiceVerified' });

      const correction = await api
        .as('staff', [communityId])
        .post(`/v1/service-records/${last.body.recordId}/corrections`)
        .send({ minutes: 660 - 2 * HOUR, reason: '核实后少记两小时 / two hours over-counted' })
        .expect(201);
      account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(correction.body.position)).expect(200);
      expect(account.body).toMatchObject({ lifetimeMinutes: 1498 * HOUR, starLevel: 4 });
      expect(account.body.levelHistory.map((change: { starLevel: number }) => change.starLevel)).toEqual([1, 2, 3, 4, 5, 4]);

      const ledger = await api.as('admin').get(`/v1/volunteers/${volunteerId}/ledger?limit=200`).expect(200);
      const lastThree = ledger.body.items.slice(-3).map((entry: Record<string, unknown>) => [entry.kind, entry.lifetimeDelta, entry.lifetimeAfter, entry.starLevelAfter]);
      expect(lastThree).toEqual([
        ['verified', 660, 1499 * HOUR, 4],
        ['verified', HOUR, 1500 * HOUR, 5],
        ['corrected', -2 * HOUR, 1498 * HOUR, 4],
      ]);
    });

    it('counts all of 16 concurrent verified records for one volunteer', async () => {
      const volunteerId = await registerVolunteer('李四');
      const base = Date.UTC(2025, 5, 1, 0, 0);
      const minutes = Array.from({ length: 16 }, (_, i) => 30 + i);
      const responses = await Promise.all(minutes.map((m, i) => record(volunteerId, new Date(base + i * 2 * HOUR * 60_000), m)));
      expect(responses.map((response) => response.status)).toEqual(Array(16).fill(201));
      const highest = Math.max(...responses.map((response) => response.body.position as number));
      const account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(highest)).expect(200);
      expect(account.body.lifetimeMinutes).toBe(minutes.reduce((sum, m) => sum + m, 0));
      expect(account.body.creditMinutes).toBe(account.body.lifetimeMinutes);
    });

    describe('refuses bad records with a specific code and appends nothing', () => {
      let volunteerId: string;
      const start = new Date(Date.UTC(2025, 8, 1, 2, 0));

      beforeAll(async () => {
        volunteerId = await registerVolunteer('王五');
        await record(volunteerId, start, 120).expect(201);
      });

      const cases: Array<[string, () => Record<string, unknown>, number, string]> = [
        ['an overlapping record', () => ({ volunteerId, category: 'other', startedAt: new Date(start.getTime() + 60 * 60_000).toISOString(), minutes: 60 }), 409, 'OVERLAPPING_SERVICE'],
        ['more than 24 hours', () => ({ volunteerId, category: 'other', startedAt: '2025-01-01T00:00:00Z', minutes: 1441 }), 400, 'VALIDATION_FAILED'],
        ['negative minutes', () => ({ volunteerId, category: 'other', startedAt: '2025-01-01T00:00:00Z', minutes: -5 }), 400, 'VALIDATION_FAILED'],
        ['fractional minutes', () => ({ volunteerId, category: 'other', startedAt: '2025-01-01T00:00:00Z', minutes: 30.5 }), 400, 'VALIDATION_FAILED'],
        ['a bad date', () => ({ volunteerId, category: 'other', startedAt: '2025-02-30T25:00:00Z', minutes: 30 }), 400, 'VALIDATION_FAILED'],
        ['a date in the future', () => ({ volunteerId, category: 'other', startedAt: '2999-01-01T00:00:00Z', minutes: 30 }), 422, 'SERVICE_IN_FUTURE'],
        ['an unknown volunteer', () => ({ volunteerId: 'no-such-volunteer', category: 'other', startedAt: '2025-01-01T00:00:00Z', minutes: 30 }), 404, 'VOLUNTEER_NOT_FOUND'],
        ['an unknown activity', () => ({ volunteerId, activityId: 'no-such-activity', startedAt: '2025-01-01T00:00:00Z', minutes: 30 }), 404, 'ACTIVITY_NOT_FOUND'],
        ['an unknown field', () => ({ volunteerId, category: 'other', startedAt: '2025-01-01T00:00:00Z', minutes: 30, bonus: 100 }), 400, 'VALIDATION_FAILED'],
        ['ad-hoc help without a category', () => ({ volunteerId, startedAt: '2025-01-01T00:00:00Z', minutes: 30 }), 400, 'VALIDATION_FAILED'],
      ];

      it.each(cases)('%s', async (_name, body, status, code) => {
        const before = await api.headPosition();
        const response = await api.as('staff', [communityId]).post('/v1/service-records').send(body()).expect(status);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.code).toBe(code);
        expect(response.body.title).toMatch(/ \/ /);
        expect(await api.headPosition()).toBe(before);
      });

      it('an unknown record to verify', async () => {
        const before = await api.headPosition();
        const response = await api.as('staff', [communityId]).post('/v1/service-records/no-such-record/verify').expect(404);
        expect(response.body.code).toBe('SERVICE_RECORD_NOT_FOUND');
        expect(await api.headPosition()).toBe(before);
      });
    });

    it('verifying twice deposits once', async () => {
      const volunteerId = await registerVolunteer('赵六');
      const recorded = await api
        .as('staff', [communityId])
        .post('/v1/service-records')
        .send({ volunteerId, category: 'tutoring', startedAt: '2025-03-01T10:00:00Z', minutes: 90 })
        .expect(201);
      await api.as('staff', [communityId]).post(`/v1/service-records/${recorded.body.recordId}/verify`).expect(200);
      const second = await api.as('staff', [communityId]).post(`/v1/service-records/${recorded.body.recordId}/verify`).expect(200);
      expect(second.body.position).toBeNull();
      const account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(recorded.body.position)).expect(200);
      await api.waitForProjections();
      const again = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200);
      expect(again.body.lifetimeMinutes).toBe(90);
      expect(account.body.volunteerId).toBe(volunteerId);
    });

    it('repeats a request with the same Idempotency-Key without appending, and refuses the key for another body', async () => {
      const volunteerId = await registerVolunteer('钱七');
      const body = { volunteerId, category: 'culture', startedAt: '2025-04-01T10:00:00Z', minutes: 45, verify: true };
      const first = await api.as('staff', [communityId]).post('/v1/service-records').set('Idempotency-Key', 'k-1').send(body).expect(201);
      const head = await api.headPosition();
      // The same body with its keys in another order is the same request.
      const reordered = { verify: true, minutes: 45, startedAt: body.startedAt, category: 'culture', volunteerId };
      const again = await api.as('staff', [communityId]).post('/v1/service-records').set('Idempotency-Key', 'k-1').send(reordered).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await api.headPosition()).toBe(head);
      const reused = await api.as('staff', [communityId]).post('/v1/service-records').set('Idempotency-Key', 'k-1').send({ ...body, minutes: 50 }).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('shows the volunteer with a masked phone to other staff, with teams and star level', async () => {
      const volunteerId = await registerVolunteer('孙八', '13812345678');
      await api.as('staff', [communityId]).post('/v1/teams').send({ teamId: 'bxj-elderly', communityId, name: '助老服务队' }).expect(201);
      const joined = await api.as('staff', [communityId]).post('/v1/teams/bxj-elderly/members').send({ volunteerId }).expect(201);
      const own = await api.as('staff', [communityId]).get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(joined.body.position)).expect(200);
      expect(own.body).toMatchObject({ name: '孙八', phone: '13812345678', communityId, teams: [{ teamId: 'bxj-elderly', name: '助老服务队' }], starLevel: 0 });
      const other = await api.as('admin').get(`/v1/volunteers/${volunteerId}`).expect(200);
      expect(other.body.phone).toBe('138****5678');
      const list = await api.as('admin').get(`/v1/volunteers?communityId=${communityId}&q=${encodeURIComponent('孙')}`).expect(200);
      expect(list.body.items.map((v: { volunteerId: string }) => v.volunteerId)).toEqual([volunteerId]);
    });

    it('answers 503 with Retry-After when the views cannot reach X-Min-Position in time', async () => {
      const response = await api.as('admin').get('/v1/policy').set('X-Min-Position', '999999999999').expect(503);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body.code).toBe('PROJECTION_LAGGING');
    }, 15_000);
  });
}
