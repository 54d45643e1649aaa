import { readModelMigrations } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('service records projected before they had a status', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = openPool({ connectionString: database.url });
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('are staff-recorded, pending or verified as they stand, never rejected, once the migration has run', async () => {
    const before = readModelMigrations.filter((migration) => migration.name !== 'AddServiceRecordStatus1765100000000');
    expect(before).toHaveLength(readModelMigrations.length - 1);
    await runMigrations(database.url, before);
    const old = (recordId: string, verified: boolean) => ({ recordId, volunteerId: 'v-1', communityId: 'c-1', verified, minutes: 60 });
    await pool.query('INSERT INTO rm_service_records (id, data, position) VALUES ($1, $2, 1), ($3, $4, 2)', ['r-1', old('r-1', false), 'r-2', old('r-2', true)]);

    await runMigrations(database.url, readModelMigrations);
    const { rows } = await pool.query<{ id: string; data: Record<string, unknown> }>('SELECT id, data FROM rm_service_records ORDER BY id');
    expect(rows.map((row) => [row.id, row.data.status, row.data.rejection, row.data.selfReported, row.data.minutes])).toEqual([
      ['r-1', 'pending', null, false, 60],
      ['r-2', 'verified', null, false, 60],
    ]);
  });
});
