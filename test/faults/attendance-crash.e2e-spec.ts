import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenService } from '../../apps/api/src/platform/auth/token.service';
import { EmbeddedCluster } from './support/embedded-cluster';
import { ServiceProcess } from './support/service-process';

const ROOT = join(__dirname, '..', '..');
const ROSTER = 200;
/** The row that breaks a rule: more minutes than the activity lasted. */
const BAD_ROW = 99;

/**
 * An activity's attendance sent as one keyed request, the api killed with
 * kill -9 while it records the rows, started again with `npm start`, and the
 * same request sent again: every good row recorded and verified exactly once,
 * the bad one refused, and the answer the first request would have given.
 */
describe('attendance across a crash midway', () => {
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
    return { status: response.status, body: (await response.json()) as Record<string, never> };
  };
  const created = async (path: string, body: unknown) => {
    const answer = await call('POST', path, body);
    if (answer.status !== 201) throw new Error(`POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['-e', "require('./scripts/build-if-stale').buildIfStale()"], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-attendance-'));
    const jwtSecret = randomBytes(32).toString('hex');
    service = new ServiceProcess({ DATA_DIR: dataDir, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000', METRICS_PORT: 'off' });
    cluster = new EmbeddedCluster(dataDir);
    token = new TokenService({ jwtSecret, tokenTtlSeconds: 3600 }).issue({ sub: 'attendance-admin', role: 'admin' }).token;
    await service.start();
  }, 180_000);

  afterAll(async () => {
    await service?.stop();
    await cluster?.stopIfRunning();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  async function verifiedRecordsOf(activityId: string): Promise<number> {
    const db = await cluster.connect();
    try {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM shiji_events v JOIN shiji_events r ON r.type = 'ServiceRecorded' AND r.data->>'recordId' = v.data->>'recordId'
          WHERE v.type = 'ServiceVerified' AND r.data->>'activityId' = $1`,
        [activityId],
      );
      return Number(rows[0].n);
    } finally {
      await db.end();
    }
  }

  it('leaves exactly the good rows recorded and verified once, and answers the retry as the first request would have', async () => {
    await created('/v1/communities', { communityId: 'attendance', name: '出勤社区' });
    const { activityId } = await created('/v1/activities', {
      title: '党员服务日', category: 'environment', communityId: 'attendance', startsAt: '2026-05-09T01:00:00Z', endsAt: '2026-05-09T03:30:00Z', place: '社区广场',
    });
    const roster: string[] = [];
    for (let i = 0; i < ROSTER; i += 1) {
      const { volunteerId } = await created('/v1/volunteers', { name: `志愿者${i}`, phone: `137${10_000_000 + i}`, communityId: 'attendance' });
      await created(`/v1/activities/${activityId}/signups`, { volunteerId });
      roster.push(volunteerId);
    }
    const rows = roster.map((volunteerId, index) => ({ volunteerId, minutes: index === BAD_ROW ? 151 : 150 }));
    const send = () => call('POST', `/v1/activities/${activityId}/attendance`, { rows }, { 'idempotency-key': 'attendance-crash' });

    const first = send().then(
      (answer) => ({ answered: answer }),
      (error: unknown) => ({ failed: error }),
    );
    let atCrash = 0;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      atCrash = await verifiedRecordsOf(activityId);
      if (atCrash >= 10) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await service.crash();
    const outcome = await first;
    // The crash came midway: some rows were in, the request never answered.
    expect(outcome).toHaveProperty('failed');
    expect(atCrash).toBeGreaterThanOrEqual(10);
    expect(await verifiedRecordsOf(activityId)).toBeLessThan(ROSTER - 1);

    await service.start();
    const retried = await send();
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ recorded: ROSTER - 1, refused: 1 });
    expect((retried.body.rows as Array<{ volunteerId: string; outcome: string; code?: string }>)[BAD_ROW]).toMatchObject({ volunteerId: roster[BAD_ROW], outcome: 'refused', code: 'SERVICE_OUTSIDE_ACTIVITY' });
    expect(await verifiedRecordsOf(activityId)).toBe(ROSTER - 1);

    const again = await send();
    expect(again.body).toEqual(retried.body);
    expect(await verifiedRecordsOf(activityId)).toBe(ROSTER - 1);
  }, 240_000);
});
