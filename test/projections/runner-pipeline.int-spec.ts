import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress, ProjectionRunner, readModelMigrations, replayReadModels, verifyReadModels, type ProjectionRunnerOptions } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool, PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { correctedTo599, seedLog } from './support/seed-log';
import { RUNNER_POOL_SIZE } from './support/runner-pool';

type Query = (...args: unknown[]) => unknown;

/** A pool that counts the statements whose text `counts` picks out. */
function countingPool(url: string, counts: (text: string) => boolean) {
  const counter = { pool: openPool({ connectionString: url, max: RUNNER_POOL_SIZE }), seen: 0 };
  counter.pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
      if (counts(text)) counter.seen += 1;
      return query(...args);
    };
  });
  return counter;
}

const READS_ACCOUNTS = (text: string) => /FROM public\.rm_accounts WHERE id = ANY/.test(text);

describe('the runner applies the next batch while the one before commits, on documents it keeps', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let progress: ProjectionProgress;
  const corrected = new Set<string>();

  const caughtUp = async () => expect(await progress.waitFor(await store.headPosition(), 15_000)).toBe(true);
  /** The volunteer's record corrected once more (600 → 599 the first time, 599 → 599 after). */
  const correct = async (volunteerId: string, record = 'r1') => {
    const recordId = `${volunteerId}-${record}`;
    await store.appendToStream(`account-${volunteerId}`, [correctedTo599(recordId, volunteerId, !corrected.has(recordId))], { expectedRevision: 'any' });
    corrected.add(recordId);
  };
  /** v1 and v2 corrected by turns, each correction projected before the next. */
  const correctByTurns = async () => {
    for (const volunteerId of ['v1', 'v2', 'v1', 'v2']) {
      await correct(volunteerId);
      await caughtUp();
    }
  };
  const account = async (id: string) => (await pool.query<{ data: { creditMinutes: number; lifetimeMinutes: number } }>('SELECT data FROM rm_accounts WHERE id = $1', [id])).rows[0].data;

  async function running<T>(options: ProjectionRunnerOptions & { pool?: Pool }, work: (runner: ProjectionRunner) => Promise<T>): Promise<T> {
    const runner = new ProjectionRunner(options.pool ?? pool, store, ALL_PROJECTIONS, options);
    await runner.start();
    try {
      return await work(runner);
    } finally {
      await runner.stop();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url, max: RUNNER_POOL_SIZE });
    store = new PostgresEventStore(database.url);
    progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    await seedLog(store, 6, 3);
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  /** How many times a runner with `options` reads accounts from PostgreSQL while v1 and v2 are corrected by turns. */
  async function accountReadsWhileCorrectingByTurns(options: ProjectionRunnerOptions): Promise<number> {
    const counting = countingPool(database.url, READS_ACCOUNTS);
    try {
      return await running({ ...options, pool: counting.pool }, async () => {
        await caughtUp();
        counting.seen = 0;
        await correctByTurns();
        return counting.seen;
      });
    } finally {
      await counting.pool.end();
    }
  }

  it('reads back no document it wrote or read in an earlier batch; with no room to keep more, only those of the batch before', async () => {
    expect(await accountReadsWhileCorrectingByTurns({})).toBe(0);
    expect(await accountReadsWhileCorrectingByTurns({ documentCacheSize: 0 })).toBe(4);
  });

  it('never commits a batch applied on documents another writer replaced at the same checkpoint, and applies it again on theirs', async () => {
    const errors: unknown[] = [];
    await correct('v1');
    const before = await running({ onError: (_names, error) => errors.push(error), lockRetryMs: 100 }, async () => {
      await caughtUp();
      const kept = await account('v1');

      // What a replay's swap does when it lands on this runner's checkpoint: other documents, the same position, a new checkpoint row.
      await pool.query(`BEGIN;
        UPDATE rm_accounts SET data = jsonb_set(data, '{creditMinutes}', '100000') WHERE id = 'v1';
        UPDATE projection_checkpoints SET updated_at = now() WHERE name = 'accounts';
        COMMIT`);
      await correct('v1', 'r2');
      await caughtUp();

      // v1-r2 went from 600 to 599 minutes: one minute less, taken from the replaced document, not the one kept in memory.
      expect((await account('v1')).creditMinutes).toBe(100000 - 1);
      expect((await account('v1')).lifetimeMinutes).toBe(kept.lifetimeMinutes - 1);
      return kept;
    });
    expect(errors.map((error) => String(error))).toEqual(['CheckpointMovedError: Checkpoint of accounts moved under this runner']);

    // Build the views again from the log, as an operator would after such a write: v1 gets back what the log gives it.
    await replayReadModels({ pool, store });
    expect((await account('v1')).creditMinutes).toBe(before.creditMinutes - 1);
  });

  it('loses and doubles nothing when a commit fails while the next batch is already applied on top of it', async () => {
    for (let i = 0; i < 30; i += 1) await correct(`v${i % 6}`, 'r2');
    // The runner's first write to the ledger fails, in PostgreSQL, as a broken connection or a full disk would
    // (a sequence, since the failed transaction takes back anything else the trigger writes).
    await pool.query(`CREATE SEQUENCE ledger_writes;
      CREATE FUNCTION fail_first_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('ledger_writes') = 1 THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_first_write BEFORE INSERT ON rm_ledger FOR EACH ROW EXECUTE FUNCTION fail_first_write()`);
    try {
      const errors: unknown[] = [];
      await running({ batchSize: 3, onError: (_names, error) => errors.push(error), lockRetryMs: 100 }, async () => {
        await caughtUp();
      });
      expect(errors.map((error) => String(error))).toEqual([expect.stringContaining('injected failure')]);
      const report = await verifyReadModels({ pool, store });
      expect(report.differences).toEqual([]);
      expect(report.equal).toBe(true);
    } finally {
      await pool.query('DROP FUNCTION fail_first_write() CASCADE; DROP SEQUENCE ledger_writes');
    }
  });
});
