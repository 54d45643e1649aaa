import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { TokenService } from '../../apps/api/src/platform/auth/token.service';
import { CommandContext } from '../../apps/api/src/write-side/command-context';
import { EmbeddedCluster } from './support/embedded-cluster';
import { ServiceProcess } from './support/service-process';

const ROOT = join(__dirname, '..', '..');
const HOUR = 60;
/** MoveLocks' first key: 'MOVE' in ASCII. The test holds a move's lock, so the api stops right between its two appends. */
const MOVE_LOCK_CLASS = 0x4d4f5645;
const ADMIN = 'moves-admin';

interface Move {
  name: string;
  path: string;
  body: Record<string, unknown>;
  key: string;
  /** The move's id, derived from the key as the api derives it. */
  transferId: string;
  /** The intent's type and the field naming the move in it. */
  intent: { type: string; field: string; id: string };
}

/**
 * Moves between two accounts (a gift, a paid redemption, a donation, a pool
 * grant), each with the api killed (kill -9 of `npm
 * start` and everything under it) after the first append and before the
 * second: a test session holds the move's lock, waits until the intent is in
 * the log, kills the api, lets go, and starts it again. The process manager
 * finishes each move by itself; a retry of each request answers as the first
 * would have; nothing is doubled, both ledgers balance and a replay equals
 * the live views.
 */
describe('moves between two accounts across a kill -9 between their two appends', () => {
  let dataDir: string;
  let service: ServiceProcess;
  let cluster: EmbeddedCluster;
  let token: string;

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${await service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  /** The highest position a write answered: reads wait for the views to reach it. */
  let latest = 0;
  const ok = async (method: string, path: string, body?: unknown) => {
    const answer = await call(method, path, body, method === 'GET' ? { 'x-min-position': String(latest) } : {});
    if (typeof answer.body.position === 'number') latest = Math.max(latest, answer.body.position);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['-e', "require('./scripts/build-if-stale').buildIfStale()"], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-moves-'));
    const jwtSecret = randomBytes(32).toString('hex');
    service = new ServiceProcess({ DATA_DIR: dataDir, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000', METRICS_PORT: 'off' });
    cluster = new EmbeddedCluster(dataDir);
    token = new TokenService({ jwtSecret, tokenTtlSeconds: 3600 }).issue({ sub: ADMIN, role: 'admin' }).token;
    await service.start();
  }, 300_000);

  afterAll(async () => {
    await service?.stop();
    await cluster?.stopIfRunning();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  const idFor = (key: string, kind: string) => CommandContext.create({ actor: { id: ADMIN, role: 'admin' }, idempotencyKey: key, now: new Date() }).newId(kind);

  async function count(db: Client, type: string, field: string, id: string): Promise<number> {
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM shiji_events WHERE type = $1 AND data->>$2 = $3', [type, field, id]);
    return Number(rows[0].n);
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not done within ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('finishes a gift, a paid redemption, a donation and a pool grant after restart, exactly once, with both ledgers balanced and replay equal to the live views', async () => {
    await ok('POST', '/v1/communities', { communityId: 'moves', name: '转移社区' });
    await ok('PUT', '/v1/policy/star-levels', { thresholdHours: [1, 2, 3, 4, 5] });
    const volunteer = async (name: string, phone: string, hours: number, firstHour: number) => {
      const { volunteerId } = await ok('POST', '/v1/volunteers', { name, phone, communityId: 'moves' });
      for (let i = 0; i < hours; i += 1) {
        await ok('POST', '/v1/service-records', { volunteerId, category: 'elderly_care', startedAt: new Date(Date.UTC(2025, 0, 1, firstHour + 2 * i)).toISOString(), minutes: HOUR, verify: true });
      }
      return volunteerId as string;
    };
    const giver = await volunteer('赠与人', '13900000001', 2, 0);
    const parent = await volunteer('母亲', '13900000002', 0, 0);
    const holder = await volunteer('持卡人', '13900000003', 6, 100);
    const provider = await volunteer('提供者', '13900000004', 0, 0);
    await ok('POST', `/v1/volunteers/${giver}/family-members`, { memberVolunteerId: parent, relation: 'parent' });
    await ok('POST', `/v1/volunteers/${giver}/family-members/${parent}/confirmation`);
    await ok('POST', `/v1/volunteers/${holder}/card`);
    const donor = await volunteer('捐赠人', '13900000005', 2, 200);
    await ok('POST', '/v1/donations', { volunteerId: donor, minutes: 60 });
    const { beneficiaryId } = (await ok('POST', '/v1/pools/moves/beneficiaries', { name: '受助老人', phone: '13900000006' })) as { beneficiaryId: string };

    const giftId = idFor('crash-gift', 'gift');
    const redemptionId = idFor('crash-redemption', 'redemption');
    const donationId = idFor('crash-donation', 'donation');
    const grantId = idFor('crash-grant', 'grant');
    const moves: Move[] = [
      {
        name: 'gift',
        path: '/v1/gifts',
        body: { fromVolunteerId: giver, toVolunteerId: parent, minutes: 45 },
        key: 'crash-gift',
        transferId: `gift:${giftId}`,
        intent: { type: 'CreditsGiven', field: 'giftId', id: giftId },
      },
      {
        name: 'paid redemption',
        path: '/v1/redemptions',
        body: { volunteerId: holder, minutes: HOUR, description: '上门助浴 / bathing help', provider: { volunteerId: provider, startedAt: '2026-03-01T01:00:00Z' } },
        key: 'crash-redemption',
        transferId: `redemption:${redemptionId}`,
        intent: { type: 'CreditsRedeemed', field: 'redemptionId', id: redemptionId },
      },
      {
        name: 'donation',
        path: '/v1/donations',
        body: { volunteerId: donor, minutes: 30 },
        key: 'crash-donation',
        transferId: `donation:${donationId}`,
        intent: { type: 'CreditsDonated', field: 'donationId', id: donationId },
      },
      {
        name: 'pool grant',
        path: '/v1/pools/moves/grants',
        body: { beneficiaryId, minutes: 40, reason: '助餐 / meals' },
        key: 'crash-grant',
        transferId: `grant:${grantId}`,
        intent: { type: 'PoolGranted', field: 'grantId', id: grantId },
      },
    ];

    const lock = await cluster.connect();
    const db = await cluster.connect();
    try {
      for (const move of moves) await lock.query('SELECT pg_advisory_lock($1, hashtext($2))', [MOVE_LOCK_CLASS, move.transferId]);
      const first = moves.map((move) => call('POST', move.path, move.body, { 'idempotency-key': move.key }).then((answer) => ({ answer }), (error: unknown) => ({ error })));
      for (const move of moves) await eventually(() => count(db, move.intent.type, move.intent.field, move.intent.id), (n) => n === 1, `the ${move.name}'s intent`);
      await service.crash();
      // The crash came between the two appends: every request died unanswered, every second step is missing.
      for (const outcome of await Promise.all(first)) expect(outcome).toHaveProperty('error');
      expect(await count(db, 'GiftReceived', 'giftId', giftId)).toBe(0);
      expect(await count(db, 'ServiceRecorded', 'redemptionId', redemptionId)).toBe(0);
      expect(await count(db, 'PoolDonationReceived', 'donationId', donationId)).toBe(0);
      expect(await count(db, 'GrantReceived', 'grantId', grantId)).toBe(0);
      // No answer named the intents' positions, but the views must show them: reads after the restart wait for the whole log.
      latest = Number((await db.query<{ head: string }>('SELECT max(position) AS head FROM shiji_events')).rows[0].head);
    } finally {
      await lock.end();
    }

    try {
      await service.start();
      const pending = await eventually(
        async () => (await ok('GET', '/v1/transfers?status=pending')).items as unknown[],
        (items) => items.length === 0,
        'pending moves',
      );
      expect(pending).toEqual([]);
      const transfers = (await ok('GET', '/v1/transfers')).items as Array<{ transferId: string; status: string }>;
      for (const move of moves) expect(transfers.find((item) => item.transferId === move.transferId)).toMatchObject({ status: 'completed' });

      // Each request again with its key: the first answer, and nothing appended twice.
      const retried = await Promise.all(moves.map((move) => call('POST', move.path, move.body, { 'idempotency-key': move.key })));
      expect(retried.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
      for (const answer of retried) latest = Math.max(latest, Number(answer.body.position));
      expect(retried[0].body).toMatchObject({ giftId, creditMinutes: 2 * HOUR - 45 });
      expect(retried[1].body).toMatchObject({ redemptionId, creditMinutes: 5 * HOUR });
      expect(await count(db, 'CreditsGiven', 'giftId', giftId)).toBe(1);
      expect(await count(db, 'GiftReceived', 'giftId', giftId)).toBe(1);
      expect(await count(db, 'CreditsRedeemed', 'redemptionId', redemptionId)).toBe(1);
      expect(await count(db, 'ServiceRecorded', 'redemptionId', redemptionId)).toBe(1);
      expect(retried[2].body).toMatchObject({ donationId, creditMinutes: 2 * HOUR - 60 - 30 });
      // The grant was decided while the donation's second step waited: the pool then held 60.
      expect(retried[3].body).toMatchObject({ grantId, poolMinutes: 60 - 40 });
      for (const [type, field, id] of [['CreditsDonated', 'donationId', donationId], ['PoolDonationReceived', 'donationId', donationId], ['PoolGranted', 'grantId', grantId], ['GrantReceived', 'grantId', grantId]]) {
        expect(await count(db, type, field, id)).toBe(1);
      }

      const account = async (volunteerId: string) => (await ok('GET', `/v1/volunteers/${volunteerId}/account`)) as { creditMinutes: number; lifetimeMinutes: number };
      expect(await account(giver)).toMatchObject({ creditMinutes: 2 * HOUR - 45, lifetimeMinutes: 2 * HOUR });
      expect(await account(parent)).toMatchObject({ creditMinutes: 45, lifetimeMinutes: 0 });
      expect(await account(holder)).toMatchObject({ creditMinutes: 5 * HOUR, lifetimeMinutes: 6 * HOUR });
      expect(await account(provider)).toMatchObject({ creditMinutes: HOUR, lifetimeMinutes: HOUR });
      expect(await account(donor)).toMatchObject({ creditMinutes: 2 * HOUR - 90, lifetimeMinutes: 2 * HOUR });
      const pool = (await ok('GET', '/v1/pools/moves')) as { balanceMinutes: number };
      expect(pool).toMatchObject({ balanceMinutes: 50, donatedMinutes: 90, grantedMinutes: 40 });
      const statement = (await ok('GET', '/v1/pools/moves/statement')).items as Array<{ minutesDelta: number }>;
      expect(statement.reduce((sum, line) => sum + line.minutesDelta, 0)).toBe(pool.balanceMinutes);
      expect(await ok('GET', `/v1/pools/moves/beneficiaries/${beneficiaryId}`)).toMatchObject({ grantedMinutes: 40 });
      // Each ledger sums to its balance.
      for (const volunteerId of [giver, parent, holder, provider, donor]) {
        const lines = (await ok('GET', `/v1/volunteers/${volunteerId}/ledger?limit=200`)).items as Array<{ creditDelta: number }>;
        expect(lines.reduce((sum, line) => sum + line.creditDelta, 0)).toBe((await account(volunteerId)).creditMinutes);
      }

      const { verificationId } = await ok('POST', '/v1/audit/verifications');
      const verification = await eventually(
        async () => (await ok('GET', `/v1/audit/verifications/${verificationId}`)) as { status: string; report?: unknown },
        (found) => found.status !== 'running',
        'the verification',
        60_000,
      );
      expect(verification).toMatchObject({ status: 'equal' });
    } finally {
      await db.end();
    }
  }, 300_000);
});
