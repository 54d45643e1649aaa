import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress, ProjectionRunner, readModelMigrations, replayReadModels, verifyReadModels } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool, PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { correctedTo599, seedLog } from './support/seed-log';
import { RUNNER_POOL_SIZE } from './support/runner-pool';

type Query = (...args: unknown[]) => unknown;

/**
 * A pool of the test's own: every deadlock error one of its statements meets
 * is noted in `deadlocks` (a swap that retries would hide it otherwise), and
 * a session can be held, once, right after a chosen statement has run: a
 * transaction caught in the middle, with every lock it has taken so far,
 * until the test lets it go.
 */
function watchedPool(url: string, deadlocks: unknown[]) {
  const pool = openPool({ connectionString: url, max: RUNNER_POOL_SIZE });
  let armed: { matches: (text: string, previous: string) => boolean; reached: () => void; released: Promise<void> } | null = null;
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as Query;
    let previous = '';
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
      const before = previous;
      previous = text;
      const result = query(...args);
      // pg.Pool#query passes a callback; the library's transactions use promises.
      if (typeof args[args.length - 1] === 'function' || !(result instanceof Promise)) return result;
      const noted = result.catch((error: unknown) => {
        if ((error as { code?: string }).code === DEADLOCK_DETECTED) deadlocks.push(error);
        throw error;
      });
      const hold = armed;
      if (!hold || !hold.matches(text, before)) return noted;
      armed = null;
      return noted.then(async (value: unknown) => {
        hold.reached();
        await hold.released;
        return value;
      });
    };
  });
  return {
    pool,
    /** Holds the next session that runs a statement `matches`; `reached` resolves once it is held. */
    holdAfter(matches: (text: string, previous: string) => boolean): { reached: Promise<void>; release: () => void } {
      let release = () => undefined as void;
      let reached = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      armed = { matches, reached, released };
      return { reached: reachedPromise, release };
    },
  };
}

const DEADLOCK_DETECTED = '40P01';

describe('a replay swaps the read models in while runners and verify hold their transactions open', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let progress: ProjectionProgress;
  let round = 0;
  let deadlocks: unknown[] = [];

  const caughtUp = async () => expect(await progress.waitFor(await store.headPosition(), 15_000)).toBe(true);

  /** Resolves once some session of this database waits for a lock, or `done` settles first. */
  async function someoneWaitsForALock(done: Promise<unknown>): Promise<void> {
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (const deadline = Date.now() + 15_000; !settled && Date.now() < deadline; ) {
      const { rows } = await pool.query<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      if (rows[0].waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const appendCorrection = async () => {
    round += 1;
    await store.appendToStream('account-v1', [correctedTo599('v1-r1', 'v1', round === 1)], { expectedRevision: 'any' });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url, max: RUNNER_POOL_SIZE });
    store = new PostgresEventStore(database.url);
    progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    await seedLog(store, 6, 3);
  });

  beforeEach(() => {
    deadlocks = [];
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('swaps while a runner batch that has written live documents is held open, without a deadlock, and the runner carries on', async () => {
    const held = watchedPool(database.url, deadlocks);
    const swapping = watchedPool(database.url, deadlocks);
    const runner = new ProjectionRunner(held.pool, store, ALL_PROJECTIONS, { batchSize: 50, lockRetryMs: 100 });
    try {
      await runner.start();
      await caughtUp();

      // The runner's next batch stops right after its write (checkpoints and live documents), before its commit.
      const batch = held.holdAfter((text) => /^\s*WITH moved AS \(\s*UPDATE public\.projection_checkpoints/.test(text));
      await appendCorrection();
      await batch.reached;

      const replay = replayReadModels({ pool: swapping.pool, store });
      await someoneWaitsForALock(replay);
      batch.release();
      await expect(replay).resolves.toEqual(expect.objectContaining({ position: expect.any(Number) }));
      expect(deadlocks).toEqual([]);

      await appendCorrection();
      await caughtUp();
      const report = await verifyReadModels({ pool, store });
      expect(report.differences).toEqual([]);
      expect(report.equal).toBe(true);
    } finally {
      await runner.stop();
      await Promise.all([held.pool.end(), swapping.pool.end()]);
    }
  });

  it('swaps while a verify snapshot that has begun reading the live tables is held open, without a deadlock', async () => {
    const held = watchedPool(database.url, deadlocks);
    const swapping = watchedPool(database.url, deadlocks);
    const runner = new ProjectionRunner(swapping.pool, store, ALL_PROJECTIONS, { batchSize: 50, lockRetryMs: 100 });
    try {
      await runner.start();
      await appendCorrection();
      await caughtUp();

      // The snapshot's transaction stops right after its first statement.
      const snapshot = held.holdAfter((_text, previous) => previous.startsWith('BEGIN ISOLATION LEVEL REPEATABLE READ'));
      const verify = verifyReadModels({ pool: held.pool, store });
      await snapshot.reached;

      const replay = replayReadModels({ pool: swapping.pool, store });
      await someoneWaitsForALock(replay);
      snapshot.release();
      const [verified, replayed] = await Promise.allSettled([verify, replay]);
      expect(replayed).toEqual(expect.objectContaining({ status: 'fulfilled' }));
      expect(verified).toEqual(expect.objectContaining({ status: 'fulfilled', value: expect.objectContaining({ equal: true }) }));
      expect(deadlocks).toEqual([]);
    } finally {
      await runner.stop();
      await Promise.all([held.pool.end(), swapping.pool.end()]);
    }
  });

  it('swaps again and again while the runners keep projecting appends', async () => {
    const watched = watchedPool(database.url, deadlocks);
    const runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(watched.pool, store, projection, { batchSize: 3, lockRetryMs: 100 }));
    await Promise.all(runners.map((runner) => runner.start()));
    let appending = true;
    const appender = (async () => {
      while (appending) await appendCorrection();
    })();
    try {
      for (let swap = 0; swap < 8; swap += 1) await replayReadModels({ pool: watched.pool, store });
    } finally {
      appending = false;
      await appender;
    }
    try {
      await caughtUp();
      const report = await verifyReadModels({ pool, store });
      expect(report.differences).toEqual([]);
      expect(report.equal).toBe(true);
      expect(deadlocks).toEqual([]);
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
      await watched.pool.end();
    }
  }, 240_000);
});
