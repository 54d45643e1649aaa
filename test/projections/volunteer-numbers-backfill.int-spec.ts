import { volunteerNumber } from '@shiji/domain';
import { eventStoreMigrations, PostgresEventStore } from '@shiji/event-store';
import { AddVolunteerNumbers1766260000100, readModelMigrations, replayReadModels, verifyReadModels } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { seedLog } from './support/seed-log';

/**
 * Volunteers projected before numbers existed get, from the migration, the
 * number a replay gives them (their place among their community's
 * registrations in log order), and the community's counter: verify then finds
 * the live views equal to a replay, and the next registration goes on from there.
 */
describe('volunteer numbers for volunteers projected before them', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url, [...eventStoreMigrations, ...readModelMigrations]);
    pool = openPool({ connectionString: database.url });
    store = new PostgresEventStore(database.url);
    await seedLog(store, 5, 1);
    await replayReadModels({ pool, store });
    // The views as the release before this one left them; the migration then runs on them as it would on upgrade.
    await pool.query(`UPDATE rm_volunteers SET data = data - 'volunteerNumber'`);
    await pool.query('DELETE FROM rm_volunteer_numbers');
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('numbers them in registration order, and a replay agrees', async () => {
    const queryRunner = { query: async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows };
    await new AddVolunteerNumbers1766260000100().up(queryRunner as unknown as QueryRunner);
    const order = await pool.query<{ id: string }>(`SELECT data->>'volunteerId' AS id FROM shiji_events WHERE type = 'VolunteerRegistered' ORDER BY position`);
    const { rows } = await pool.query<{ id: string; number: string }>(`SELECT id, data->>'volunteerNumber' AS number FROM rm_volunteers`);
    const numbers = new Map(rows.map((row) => [row.id, row.number]));
    expect(order.rows.map((row) => numbers.get(row.id))).toEqual([1, 2, 3, 4, 5].map((sequence) => volunteerNumber('c1', sequence)));
    const counter = await pool.query<{ data: unknown }>(`SELECT data FROM rm_volunteer_numbers WHERE id = 'c1'`);
    expect(counter.rows[0]?.data).toEqual({ communityId: 'c1', last: 5 });
    const report = await verifyReadModels({ pool, store });
    expect(report.differences).toEqual([]);
    expect(report.equal).toBe(true);
  });
});
