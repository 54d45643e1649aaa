import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const DAY = 1440;
const communityId = 'cap-test';

/**
 * The storage cap (creditCapHours): a deposit that crosses it stores credit up
 * to the cap and sends the rest to the community pool, or does not store it,
 * as the policy says, each with a ledger line; lifetime hours and star levels
 * are never capped.
 */
describe('the storage cap on credit', () => {
  let api: TestApi;
  let latest = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '上限社区' }).expect(201);
  });

  afterAll(() => api?.close());

  const staff = () => api.as('staff', [communityId]);
  const read = async (path: string) => (await api.as('admin').get(path).set('X-Min-Position', String(latest)).expect(200)).body;
  const rules = async (creditCapHours: number, capExcessTo: 'pool' | 'discard') => {
    const { body } = await api.as('admin').put('/v1/policy/credit-rules').send({ giftMaxMinutes: 600, giftYearlyMinutes: 3000, creditCapHours, capExcessTo }).expect(200);
    latest = Math.max(latest, body.position);
  };
  /** A whole day of service on day `day` of 2024, recorded and verified in one step. */
  const serve = async (volunteerId: string, day: number, minutes = DAY) => {
    const startedAt = new Date(Date.UTC(2024, 0, 1) + day * DAY * 60_000).toISOString();
    const { body } = await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt, minutes, verify: true }).expect(201);
    latest = Math.max(latest, body.position);
    return body.recordId as string;
  };

  it('with a 1,500-hour cap, stores up to 1,500 hours and sends the rest to the pool with matching ledger lines; stars still follow lifetime hours', async () => {
    await rules(1500, 'pool');
    const { body } = await staff().post('/v1/volunteers').send({ name: '老模范', phone: uniquePhone(), communityId }).expect(201);
    const volunteerId = body.volunteerId as string;
    // 62 days of 24 hours: 1,488 hours, under the cap.
    for (let day = 0; day < 62; day += 1) await serve(volunteerId, day);
    expect(await read(`/v1/volunteers/${volunteerId}/account`)).toMatchObject({ creditMinutes: 62 * DAY, lifetimeMinutes: 62 * DAY, starLevel: 4 });

    // The 63rd day crosses it: 12 hours stored, 12 sent to the pool.
    const crossing = await serve(volunteerId, 62);
    expect(await read(`/v1/volunteers/${volunteerId}/account`)).toMatchObject({ creditMinutes: 1500 * 60, lifetimeMinutes: 63 * DAY, starLevel: 5 });
    const ledger = (await read(`/v1/volunteers/${volunteerId}/ledger?order=desc&limit=2`)).items as Array<Record<string, unknown>>;
    expect(ledger[0]).toMatchObject({ kind: 'capped', reference: crossing, creditDelta: -720, lifetimeDelta: 0, creditAfter: 1500 * 60, reason: expect.stringContaining('公益时间池') });
    expect(ledger[1]).toMatchObject({ kind: 'verified', reference: crossing, creditDelta: DAY, lifetimeDelta: DAY });

    // The pool's side of the move, taken by the process manager.
    const deadline = Date.now() + 15_000;
    let pool = await read(`/v1/pools/${communityId}`);
    while (pool.balanceMinutes === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      pool = await read(`/v1/pools/${communityId}`);
    }
    expect(pool).toMatchObject({ balanceMinutes: 720, capExcessMinutes: 720 });
    expect((await read(`/v1/pools/${communityId}/statement`)).items).toEqual([expect.objectContaining({ kind: 'cap_excess', reference: crossing, volunteerId, minutesDelta: 720, balanceAfter: 720 })]);
    expect((await read('/v1/transfers?kind=cap')).items).toEqual([expect.objectContaining({ kind: 'cap', recordId: crossing, fromVolunteerId: volunteerId, minutes: 720, status: 'completed' })]);

    // Not stored, where the policy says so: lifetime still rises, the pool does not.
    await rules(1500, 'discard');
    const beyond = await serve(volunteerId, 63, 60);
    expect(await read(`/v1/volunteers/${volunteerId}/account`)).toMatchObject({ creditMinutes: 1500 * 60, lifetimeMinutes: 63 * DAY + 60 });
    const [line] = (await read(`/v1/volunteers/${volunteerId}/ledger?order=desc&limit=1`)).items as Array<Record<string, unknown>>;
    expect(line).toMatchObject({ kind: 'capped', reference: beyond, creditDelta: -60, reason: expect.stringContaining('不予储存') });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await read(`/v1/pools/${communityId}`)).toMatchObject({ balanceMinutes: 720 });
  }, 60_000);

  it('caps a correction that raises a verified record past the cap, each correction a move of its own to the pool', async () => {
    const community = 'cap-correct';
    await api.as('admin').post('/v1/communities').send({ communityId: community, name: '更正社区' }).expect(201);
    await rules(10, 'pool');
    const { body } = await api.as('staff', [community]).post('/v1/volunteers').send({ name: '老更正', phone: uniquePhone(), communityId: community }).expect(201);
    const volunteerId = body.volunteerId as string;
    const startedAt = new Date(Date.UTC(2024, 5, 1)).toISOString();
    const recorded = await api.as('staff', [community]).post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt, minutes: 540, verify: true }).expect(201);
    const recordId = recorded.body.recordId as string;
    const correct = async (minutes: number) => {
      const { body: corrected } = await api.as('staff', [community]).post(`/v1/service-records/${recordId}/corrections`).send({ minutes, reason: '登记有误' }).expect(201);
      latest = Math.max(latest, corrected.position);
    };
    const poolOnceSettled = async (balanceMinutes: number) => {
      const deadline = Date.now() + 15_000;
      let pool = await read(`/v1/pools/${community}`);
      while (pool.balanceMinutes !== balanceMinutes && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        pool = await read(`/v1/pools/${community}`);
      }
      return pool;
    };

    // 540 → 700 minutes: the account may hold 600, so 100 go to the pool.
    await correct(700);
    expect(await read(`/v1/volunteers/${volunteerId}/account`)).toMatchObject({ creditMinutes: 600, lifetimeMinutes: 700 });
    const [line] = (await read(`/v1/volunteers/${volunteerId}/ledger?order=desc&limit=1`)).items as Array<Record<string, unknown>>;
    expect(line).toMatchObject({ kind: 'capped', reference: recordId, creditDelta: -100, creditAfter: 600 });
    expect(await poolOnceSettled(100)).toMatchObject({ balanceMinutes: 100, capExcessMinutes: 100 });

    // Lowered, then raised again: the second excess is a second move, not refused as the first one's repeat.
    await correct(600);
    await correct(760);
    expect(await read(`/v1/volunteers/${volunteerId}/account`)).toMatchObject({ creditMinutes: 600, lifetimeMinutes: 760 });
    expect(await poolOnceSettled(160)).toMatchObject({ balanceMinutes: 160, capExcessMinutes: 160 });
    const moves = (await read(`/v1/transfers?kind=cap&limit=100`)).items as Array<Record<string, unknown>>;
    expect(moves.filter((move) => move.recordId === recordId)).toEqual([
      expect.objectContaining({ capId: `${recordId}#1`, transferId: `cap:${recordId}#1`, minutes: 100, status: 'completed' }),
      expect.objectContaining({ capId: `${recordId}#3`, transferId: `cap:${recordId}#3`, minutes: 60, status: 'completed' }),
    ]);
  }, 60_000);
});
