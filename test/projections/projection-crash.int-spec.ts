import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, createReadModelSchema, ProjectionProgress, ProjectionRunner, readModelMigrations, tableName } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { seedLog } from './support/seed-log';
import { RUNNER_POOL_SIZE } from './support/runner-pool';

const ROOT = join(__dirname, '..', '..');
/** The collections the seeded log feeds; every collection must still equal its replay. */
const SEEDED = new Set(['communities', 'teams', 'volunteers', 'activities', 'policy', 'accounts', 'ledger', 'service_records']);

function runCrashingProjector(databaseUrl: string, crashAt: number): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'support', 'crashing-projector.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, CRASH_AT: String(crashAt), TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(signal) : reject(new Error(`projector exited ${code}: ${stderr}`))));
  });
}

async function rows(pool: Pool, schema: string, collection: string) {
  const { rows: found } = await pool.query(`SELECT id, data, position FROM ${schema}.${tableName(collection)} ORDER BY id`);
  return found;
}

describe('projections survive a crash in the middle of a batch', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url, max: RUNNER_POOL_SIZE });
    store = new PostgresEventStore(database.url);
    await seedLog(store, 40, 20);
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('gives views equal to a full replay after SIGKILL mid-batch and a restart', async () => {
    const head = await store.headPosition();
    await expect(runCrashingProjector(database.url, 1250)).resolves.toBe('SIGKILL');

    const progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    const crashedAt = await progress.position();
    expect(crashedAt).toBeLessThan(head);

    const restarted = [new ProjectionRunner(pool, store, ALL_PROJECTIONS, { batchSize: 100 })];
    await Promise.all(restarted.map((runner) => runner.start()));
    await expect(progress.waitFor(head, 20_000)).resolves.toBe(true);
    await Promise.all(restarted.map((runner) => runner.stop()));

    await createReadModelSchema(pool, ALL_PROJECTIONS, 'replay');
    // The replay runs each projection on its own, so a fault in grouping would show as a difference.
    const replay = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection, { schema: 'replay', batchSize: 500 }));
    await Promise.all(replay.map((runner) => runner.start()));
    const replayProgress = async () => {
      const { rows: checkpoints } = await pool.query<{ position: string }>('SELECT position FROM replay.projection_checkpoints');
      return checkpoints.length === ALL_PROJECTIONS.length && checkpoints.every((row) => Number(row.position) >= head);
    };
    for (let waited = 0; !(await replayProgress()) && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(replay.map((runner) => runner.stop()));

    for (const projection of ALL_PROJECTIONS) {
      for (const collection of projection.collections) {
        const live = await rows(pool, 'public', collection.name);
        if (SEEDED.has(collection.name)) expect({ collection: collection.name, empty: live.length === 0 }).toEqual({ collection: collection.name, empty: false });
        expect(live).toEqual(await rows(pool, 'replay', collection.name));
      }
    }
    const account = await pool.query<{ data: { lifetimeMinutes: number; starLevel: number } }>(`SELECT data FROM ${tableName('accounts')} WHERE id = 'v0'`);
    expect(account.rows[0].data).toMatchObject({ lifetimeMinutes: 19 * 600 + 300, starLevel: 5 });
  }, 90_000);
});
