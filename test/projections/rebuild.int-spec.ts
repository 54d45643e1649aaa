import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { ALL_PROJECTIONS, ProjectionProgress, ProjectionRunner, readModelMigrations, replayReadModels, verifyReadModels } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { correctedTo599, seedLog } from './support/seed-log';
import { RUNNER_POOL_SIZE } from './support/runner-pool';

describe('replay and verify the read models', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let runners: ProjectionRunner[];
  let progress: ProjectionProgress;

  const caughtUp = async () => expect(await progress.waitFor(await store.headPosition(), 10_000)).toBe(true);
  const schemas = async () =>
    (await pool.query<{ name: string }>("SELECT nspname AS name FROM pg_namespace WHERE nspname ~ '^(rebuild|verify|snapshot|retired)_'")).rows.map((row) => row.name);

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url, max: RUNNER_POOL_SIZE });
    store = new PostgresEventStore(database.url);
    progress = new ProjectionProgress(pool, store, ALL_PROJECTIONS);
    runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection, { batchSize: 7 }));
    await Promise.all(runners.map((runner) => runner.start()));
    await seedLog(store, 12, 4);
    await caughtUp();
  });

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('finds no difference between the live views and a fresh replay, and leaves no scratch schema behind', async () => {
    const report = await verifyReadModels({ pool, store });
    expect(report.differences).toEqual([]);
    expect(report.eventProblems).toEqual([]);
    expect(report.equal).toBe(true);
    expect(Object.values(report.checkpoints).every((position) => position > 0)).toBe(true);
    expect(await schemas()).toEqual([]);
  });

  it('names a changed, a deleted and an added read-model row; replay repairs them while the runners keep going', async () => {
    await pool.query(`UPDATE rm_accounts SET data = jsonb_set(data, '{creditMinutes}', '999999') WHERE id = 'v3'`);
    await pool.query(`DELETE FROM rm_volunteers WHERE id = 'v4'`);
    await pool.query(`INSERT INTO rm_ledger (id, data, position) VALUES ('forged', '{"volunteerId":"v5"}', 1)`);

    const broken = await verifyReadModels({ pool, store });
    expect(broken.equal).toBe(false);
    expect(broken.differences.map(({ collection, id, kind }) => ({ collection, id, kind }))).toEqual(
      expect.arrayContaining([
        { collection: 'accounts', id: 'v3', kind: 'different' },
        { collection: 'volunteers', id: 'v4', kind: 'missing' },
        { collection: 'ledger', id: 'forged', kind: 'extra' },
      ]),
    );
    expect(broken.differences).toHaveLength(3);

    // Appends during the replay must be projected after the swap, from the new checkpoints.
    let appending = true;
    const appender = (async () => {
      for (let i = 0; appending; i += 1) {
        await store.appendToStream('account-v1', [correctedTo599(`v1-r${(i % 3) + 1}`, 'v1', i < 3)], { expectedRevision: 'any' });
      }
    })();
    const outcome = await replayReadModels({ pool, store });
    appending = false;
    await appender;
    expect(outcome.position).toBeGreaterThan(0);
    await caughtUp();

    const repaired = await verifyReadModels({ pool, store });
    expect(repaired.differences).toEqual([]);
    expect(repaired.equal).toBe(true);
    expect(await schemas()).toEqual([]);
  });

  it('reports an altered event with its stream and position', async () => {
    const { rows } = await pool.query<{ position: string }>("SELECT position FROM shiji_events WHERE stream_id = 'account-v2' AND revision = 1");
    await tamper(`UPDATE shiji_events SET data = jsonb_set(data, '{minutes}', '6000') WHERE stream_id = 'account-v2' AND revision = 1`);

    const report = await verifyReadModels({ pool, store });
    expect(report.equal).toBe(false);
    expect(report.eventProblems).toEqual([expect.objectContaining({ streamId: 'account-v2', revision: 1, position: Number(rows[0].position), kind: 'altered' })]);
    // The replay believes the altered event, so the live account (built from the original) now differs too.
    expect(report.differences).toEqual(expect.arrayContaining([expect.objectContaining({ collection: 'accounts', id: 'v2', kind: 'different' })]));
  });

  it('reports a removed and a reordered event', async () => {
    const { rows } = await pool.query<{ position: string }>("SELECT position FROM shiji_events WHERE stream_id = 'account-v7' AND revision = 3");
    await tamper(`DELETE FROM shiji_events WHERE stream_id = 'account-v7' AND revision = 2`);
    await tamper(`UPDATE shiji_events SET position = -position WHERE stream_id = 'account-v8' AND revision = 4`);

    const report = await verifyReadModels({ pool, store });
    expect(report.eventProblems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ streamId: 'account-v7', revision: 3, position: Number(rows[0].position), kind: 'removed' }),
        expect.objectContaining({ streamId: 'account-v8', revision: 4, kind: 'reordered' }),
      ]),
    );
  });

  async function tamper(sql: string): Promise<void> {
    // The events table refuses changes; an attacker with the owner's rights switches the guard off first.
    await pool.query('ALTER TABLE shiji_events DISABLE TRIGGER shiji_events_append_only');
    try {
      await pool.query(sql);
    } finally {
      await pool.query('ALTER TABLE shiji_events ENABLE TRIGGER shiji_events_append_only');
    }
  }
});
