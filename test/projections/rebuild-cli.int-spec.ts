import { PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress, ProjectionRunner } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { migrations } from '../../apps/api/src/migrations';
import type { CliIo } from '../../apps/cli/src/cli-command';
import { COMMANDS } from '../../apps/cli/src/commands';
import { progressPrinter } from '../../apps/cli/src/commands/rebuild-support';
import { runCli } from '../../apps/cli/src/run-cli';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { seedLog } from './support/seed-log';
import { RUNNER_POOL_SIZE } from './support/runner-pool';

function capture(env: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: { JWT_SECRET: 'c'.repeat(40), DATA_DIR: '/nonexistent', ...env },
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

describe('cli replay and verify', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let runners: ProjectionRunner[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, migrations);
    pool = openPool({ connectionString: database.url, max: RUNNER_POOL_SIZE });
    store = new PostgresEventStore(database.url);
    // A month of activity for 50 volunteers: a record a day each, verified, and one correction.
    await seedLog(store, 50, 30);
    runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection));
    await Promise.all(runners.map((runner) => runner.start()));
    expect(await new ProjectionProgress(pool, store, ALL_PROJECTIONS).waitFor(await store.headPosition(), 10_000)).toBe(true);
  });

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await store.close();
    await pool.end();
    await database.drop();
  });

  const run = async (...argv: string[]) => {
    const io = capture({ DATABASE_URL: database.url });
    const code = await runCli(argv, COMMANDS, io);
    return { code, ...io };
  };

  it('exits 0 when equal, 1 naming the changed row, and 0 again after replay; no progress when stderr is not a terminal', async () => {
    const clean = await run('verify');
    expect(clean.err).toBe('');
    expect(clean.out).toContain('read models: equal to a fresh replay');
    expect(clean.out).toContain('events: every hash chain holds');
    expect(clean.code).toBe(0);

    await pool.query(`UPDATE rm_accounts SET data = jsonb_set(data, '{lifetimeMinutes}', '1') WHERE id = 'v3'`);
    const broken = await run('verify');
    expect(broken.out).toContain('accounts/v3  different');
    expect(broken.code).toBe(1);
    const json = await run('verify', '--format', 'json');
    expect(JSON.parse(json.out).differences).toEqual([expect.objectContaining({ collection: 'accounts', id: 'v3', kind: 'different' })]);

    const replay = await run('replay');
    expect(replay.out).toMatch(/^replayed the log up to position \d+/);
    expect(replay.code).toBe(0);
    expect((await run('verify')).code).toBe(0);
    expect((await run('verify', '--format', 'xml')).code).toBe(2);

    // Each run is on record as the api's verifications are, so /health and /metrics report the last one.
    const { rows } = await pool.query<{ status: string; requested_by: string }>('SELECT status, requested_by FROM audit_verifications ORDER BY requested_at');
    expect(rows).toEqual(['equal', 'different', 'different', 'equal'].map((status) => ({ status, requested_by: 'cli' })));
  });

  it('draws events done, rate and time left on a terminal', () => {
    const io = capture({});
    const printer = progressPrinter(io, true);
    printer.listener({ phase: 'replay', done: 500, total: 1000 });
    printer.listener({ phase: 'replay', done: 1000, total: 1000 });
    printer.finish();
    expect(io.err).toMatch(/replay: 1,000 \/ 1,000, [\d,]+\/s, 0 s left\n$/);
  });
});
