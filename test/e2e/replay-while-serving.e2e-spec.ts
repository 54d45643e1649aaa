import type { Pool } from 'pg';
import { COMMANDS } from '../../apps/cli/src/commands';
import { runCli } from '../../apps/cli/src/run-cli';
import { DATABASE_POOL } from '../../apps/api/src/platform/database/database-pool';
import { startTestApi, type TestApi } from '../support/api';

/**
 * `cli replay` swaps freshly built read-model tables in under the running
 * api. The api's hot reads are prepared statements, planned once per pooled
 * connection against the tables of that moment: after the swap they must
 * read the new tables, not the retired ones.
 */
describe('replay while the api serves', () => {
  let api: TestApi;
  const communityId = 'beixiajie';
  let volunteerId: string;

  beforeAll(async () => {
    // Every read must reach the tables: account reads from memory would answer before the swap is seen (see account-read-cache.e2e-spec.ts).
    api = await startTestApi({ env: { CACHED_ACCOUNT_READS: 'false' } });
    await api.as('admin').post('/v1/communities').send({ communityId, name: '北下街社区' }).expect(201);
    const registered = await api.as('admin').post('/v1/volunteers').send({ name: '张三', phone: '13812345678', communityId }).expect(201);
    volunteerId = registered.body.volunteerId;
    await api.as('admin').post('/v1/service-records').send({ volunteerId, category: 'other', startedAt: '2025-03-01T01:00:00.000Z', minutes: 90, verify: true }).expect(201);
    await api.waitForProjections();
  });

  afterAll(() => api?.close());

  const account = () => api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).expect(200);

  it('reads the swapped-in tables on connections that prepared their reads before the swap', async () => {
    // Warm every pooled connection's prepared statements.
    await Promise.all(Array.from({ length: 12 }, () => account()));
    expect((await account()).body.lifetimeMinutes).toBe(90);

    // A read-model row damaged behind the service's back, as the prepared reads see it.
    const pool = api.app.app.get<Pool>(DATABASE_POOL);
    await pool.query(`UPDATE rm_accounts SET data = jsonb_set(data, '{lifetimeMinutes}', '7') WHERE id = $1`, [volunteerId]);
    expect((await account()).body.lifetimeMinutes).toBe(7);

    const io = { env: { DATABASE_URL: api.app.database.url, JWT_SECRET: 'c'.repeat(40), DATA_DIR: '/nonexistent' }, stdout: () => undefined, stderr: () => undefined };
    expect(await runCli(['replay'], COMMANDS, io)).toBe(0);

    const answers = await Promise.all(Array.from({ length: 12 }, () => account()));
    expect(answers.map((answer) => answer.body.lifetimeMinutes)).toEqual(Array(12).fill(90));
  });
});
