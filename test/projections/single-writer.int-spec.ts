import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress, ProjectionRunner, readModelMigrations } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { seedLog } from './support/seed-log';
import { runnerPoolSize } from './support/runner-pool';

describe('one active writer per projection', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url, max: runnerPoolSize(2) });
    store = new PostgresEventStore(database.url);
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  const heldProjectionLocks = async () =>
    Number((await pool.query<{ held: string }>("SELECT count(*) AS held FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).rows[0].held);

  it('lets a standby take over when the active runner stops, with nothing applied twice', async () => {
    await seedLog(store, 10, 5);
    const progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    const active = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection, { lockRetryMs: 100 }));
    const standby = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection, { lockRetryMs: 100 }));
    await Promise.all(active.map((runner) => runner.start()));
    await Promise.all(standby.map((runner) => runner.start()));
    await expect(progress.waitFor(await store.headPosition(), 10_000)).resolves.toBe(true);
    expect(await heldProjectionLocks()).toBe(ALL_PROJECTIONS.length);

    await Promise.all(active.map((runner) => runner.stop()));
    await store.appendToStream(
      'account-v0',
      [
        {
          eventId: '00000000-0000-4000-8000-000000000001',
          type: 'ServiceCorrected',
          version: 1,
          data: { recordId: 'v0-r1', volunteerId: 'v0', previousMinutes: 600, minutes: 0, verified: true, reason: '撤销' },
          metadata: { occurredAt: new Date().toISOString(), actor: { id: 't', role: 'staff' }, commandId: 'c', correlationId: 'c', causationId: 'c' },
        },
      ],
      { expectedRevision: 'any' },
    );
    await expect(progress.waitFor(await store.headPosition(), 10_000)).resolves.toBe(true);
    const { rows } = await pool.query<{ data: { lifetimeMinutes: number } }>("SELECT data FROM rm_accounts WHERE id = 'v0'");
    expect(rows[0].data.lifetimeMinutes).toBe(5 * 600 - 300 - 600);
    expect(await heldProjectionLocks()).toBe(ALL_PROJECTIONS.length);
    await Promise.all(standby.map((runner) => runner.stop()));
  });

  it('leads again after its lock connection is killed, and keeps projecting', async () => {
    const progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    const errors: unknown[] = [];
    const runner = new ProjectionRunner(pool, store, ALL_PROJECTIONS, { lockRetryMs: 100, onError: (_names, error) => errors.push(error) });
    await runner.start();
    // The previous test's runners close their sessions asynchronously: wait until this one leads.
    for (let waited = 0; (await heldProjectionLocks()) < ALL_PROJECTIONS.length && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(progress.waitFor(await store.headPosition(), 10_000)).resolves.toBe(true);
    const killed = await pool.query<{ pid: number }>(
      `SELECT pid, pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(killed.rows.length).toBe(ALL_PROJECTIONS.length);
    for (let waited = 0; errors.length === 0 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors.length).toBeGreaterThan(0);
    await store.appendToStream(
      'account-v1',
      [
        {
          eventId: '00000000-0000-4000-8000-000000000002',
          type: 'ServiceCorrected',
          version: 1,
          data: { recordId: 'v1-r1', volunteerId: 'v1', previousMinutes: 600, minutes: 0, verified: true, reason: '撤销' },
          metadata: { occurredAt: new Date().toISOString(), actor: { id: 't', role: 'staff' }, commandId: 'c', correlationId: 'c', causationId: 'c' },
        },
      ],
      { expectedRevision: 'any' },
    );
    await expect(progress.waitFor(await store.headPosition(), 15_000)).resolves.toBe(true);
    const { rows } = await pool.query<{ data: { lifetimeMinutes: number } }>("SELECT data FROM rm_accounts WHERE id = 'v1'");
    expect(rows[0].data.lifetimeMinutes).toBe(5 * 600 - 300 - 600);
    // It retries leadership a second after the failure.
    for (let waited = 0; (await heldProjectionLocks()) < ALL_PROJECTIONS.length && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await heldProjectionLocks()).toBe(ALL_PROJECTIONS.length);
    await runner.stop();
  });
});
