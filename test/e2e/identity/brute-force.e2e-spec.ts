import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { performance } from 'node:perf_hooks';
import { startTestApi, type TestApi } from '../../support/api';
import { inviteAndActivate, PASSWORD, signIn } from './identity-support';

const WRONG = 'not the password, surely';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

describe('brute force', () => {
  let api: TestApi;
  let pool: Pool;

  beforeAll(async () => {
    api = await startTestApi({ env: { SIGN_IN_FAILURES_PER_ADDRESS: '100000' } });
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  const attempt = (phone: string, password: string) => api.anonymous().post('/v1/sessions').send({ phone, password });

  it('5 wrong passwords lock the account: the 6th, right, is refused until the lock ends; lock and unlock are logged', async () => {
    const phone = '13800000401';
    const { personId } = await inviteAndActivate(api, { role: 'auditor', name: '锁定', phone });
    for (let i = 0; i < 5; i += 1) expect((await attempt(phone, WRONG).expect(401)).body.code).toBe('INVALID_CREDENTIALS');

    const refused = await attempt(phone, PASSWORD).expect(429);
    expect(refused.body.code).toBe('SIGN_IN_LOCKED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(refused.body.detail).toMatch(/15 分钟后再试/);
    const listed = await api.as('admin').get(`/v1/people?subject=${personId}`).expect(200);
    expect(Date.parse(listed.body.items[0].lockedUntil) - Date.now()).toBeGreaterThan(14 * 60_000);

    // Fifteen minutes pass.
    await pool.query("UPDATE identity_failures SET locked_until = now() - interval '1 second' WHERE failure_key = $1", [`person:${personId}`]);
    await signIn(api, { phone });
    const log = await api.as('auditor').get(`/v1/audit/sign-ins?personId=${personId}&limit=50`).expect(200);
    const kinds = log.body.items.map((entry: { kind: string }) => entry.kind).reverse();
    expect(kinds.filter((kind: string) => kind === 'sign-in-failed')).toHaveLength(5);
    expect(kinds.slice(-4)).toEqual(['locked', 'sign-in-refused-locked', 'unlocked', 'signed-in']);
  });

  it('a phone with no account locks the same way and answers the same', async () => {
    const real = '13800000402';
    await inviteAndActivate(api, { role: 'auditor', name: '真号', phone: real });
    const answers = async (phone: string) => {
      const seen = [];
      for (let i = 0; i < 6; i += 1) {
        const answer = await attempt(phone, WRONG);
        seen.push({ status: answer.status, code: answer.body.code, detail: answer.body.detail.replace(/\d+ 分钟|\d+ min/g, 'N') });
      }
      return seen;
    };
    const forReal = await answers(real);
    const forNobody = await answers('13700000402');
    expect(forNobody).toEqual(forReal);
    expect(forReal.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('wrong attempts sent at once cannot outrun the lock', async () => {
    const phone = '13800000403';
    await inviteAndActivate(api, { role: 'auditor', name: '并发', phone });
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => attempt(phone, WRONG)))).map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
    await attempt(phone, PASSWORD).expect(429);
  });

  it('a right password clears the count of wrong ones', async () => {
    const phone = '13800000404';
    await inviteAndActivate(api, { role: 'auditor', name: '清零', phone });
    for (let i = 0; i < 4; i += 1) await attempt(phone, WRONG).expect(401);
    await signIn(api, { phone });
    for (let i = 0; i < 4; i += 1) await attempt(phone, WRONG).expect(401);
    await signIn(api, { phone });
  });

  it('wrong activation codes for a phone lock its activation', async () => {
    const phone = '13800000405';
    const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '猜码', phone }).expect(201);
    for (let i = 0; i < 5; i += 1) await api.anonymous().post('/v1/activations').send({ phone, code: `0000-0000-0000-000${i}`, password: PASSWORD }).expect(422);
    expect((await api.anonymous().post('/v1/activations').send({ phone, code: invited.body.code, password: PASSWORD }).expect(429)).body.code).toBe('SIGN_IN_LOCKED');
  });

  it('timing of unknown-phone and wrong-password answers differs by less than 20 % (median of 50)', async () => {
    // Four wrong passwords per account stay below the lock, which would change the path.
    const accounts: string[] = [];
    for (let i = 0; i < 13; i += 1) {
      const phone = `1360000${String(i).padStart(4, '0')}`;
      await inviteAndActivate(api, { role: 'auditor', name: `计时${i}`, phone });
      accounts.push(phone);
    }
    const time = async (phone: string): Promise<number> => {
      const started = performance.now();
      await attempt(phone, WRONG).expect(401);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i += 1) {
      await time(`1350000900${i}`);
      await time(accounts[12]);
    }
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      // Interleaved, and each kind first every other round, so drift in the machine's speed falls on both.
      const pair = [() => time(`135${String(10_000_000 + i).slice(0, 8)}`), () => time(accounts[i % 12])];
      if (i % 2 === 1) pair.reverse();
      const [first, second] = [await pair[0](), await pair[1]()];
      (i % 2 === 0 ? unknown : wrong).push(first);
      (i % 2 === 0 ? wrong : unknown).push(second);
    }
    const [unknownMedian, wrongMedian] = [median(unknown), median(wrong)];
    expect(Math.abs(unknownMedian - wrongMedian) / Math.max(unknownMedian, wrongMedian)).toBeLessThan(0.2);
  });
});

describe('per-address throttling', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { SIGN_IN_FAILURES_PER_ADDRESS: '8' } });
  });

  afterAll(() => api?.close());

  it('an address that failed too often in 15 minutes is refused, whatever it tries', async () => {
    const phone = '13800000501';
    await inviteAndActivate(api, { role: 'auditor', name: '限流', phone });
    for (let i = 0; i < 8; i += 1) await api.anonymous().post('/v1/sessions').send({ phone: `1370000050${i}`, password: WRONG }).expect(401);
    const refused = await api.anonymous().post('/v1/sessions').send({ phone, password: PASSWORD }).expect(429);
    expect(refused.body.code).toBe('SIGN_IN_THROTTLED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect((await api.anonymous().post('/v1/activations').send({ phone, code: '12345678', password: PASSWORD }).expect(429)).body.code).toBe('SIGN_IN_THROTTLED');
  });
});
