import { readModelMigrations } from '@shiji/projections';
import { openPool, runMigrations } from '@shiji/postgres';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * Documents projected before a view gained fields get them from a migration,
 * as a replay would give them: each test migrates a fresh database up to the
 * migration, writes a document of the older shape, and runs the rest.
 */
describe('read models projected before the fields they gained', () => {
  const databases: TestDatabase[] = [];
  const pools: Pool[] = [];

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  async function before(migration: string): Promise<{ pool: Pool; finish: () => Promise<void> }> {
    const database = await createTestDatabase();
    databases.push(database);
    const earlier = readModelMigrations.filter((candidate) => candidate.name !== migration);
    expect(earlier).toHaveLength(readModelMigrations.length - 1);
    await runMigrations(database.url, earlier);
    const pool = openPool({ connectionString: database.url });
    pools.push(pool);
    return { pool, finish: async () => void (await runMigrations(database.url, readModelMigrations)) };
  }

  it('service records are staff-recorded, pending or verified as they stand, never rejected', async () => {
    const { pool, finish } = await before('AddServiceRecordStatus1765100000000');
    const old = (recordId: string, verified: boolean) => ({ recordId, volunteerId: 'v-1', communityId: 'c-1', verified, minutes: 60 });
    await pool.query('INSERT INTO rm_service_records (id, data, position) VALUES ($1, $2, 1), ($3, $4, 2)', ['r-1', old('r-1', false), 'r-2', old('r-2', true)]);
    await finish();
    const { rows } = await pool.query<{ id: string; data: Record<string, unknown> }>('SELECT id, data FROM rm_service_records ORDER BY id');
    expect(rows.map((row) => [row.id, row.data.status, row.data.rejection, row.data.selfReported, row.data.minutes])).toEqual([
      ['r-1', 'pending', null, false, 60],
      ['r-2', 'verified', null, false, 60],
    ]);
  });

  it('activities had no capacity, no series and nobody waiting', async () => {
    const { pool, finish } = await before('AddActivityCapacity1765100000100');
    const old = { activityId: 'a-1', communityId: 'c-1', startsAt: '2026-03-01T01:00:00.000Z', participants: [{ volunteerId: 'v-1', addedByStaff: false }] };
    await pool.query('INSERT INTO rm_activities (id, data, position) VALUES ($1, $2, 1)', ['a-1', old]);
    await finish();
    const { rows } = await pool.query<{ data: Record<string, unknown> }>('SELECT data FROM rm_activities');
    expect(rows[0].data).toEqual({ ...old, capacity: null, seriesId: null, waiting: [] });
  });

  it('teams had no specialty and no leader', async () => {
    const { pool, finish } = await before('AddTeamSpecialtyAndLeader1765100000200');
    const old = { teamId: 't-1', communityId: 'c-1', name: '助老服务队', members: ['v-1'] };
    await pool.query('INSERT INTO rm_teams (id, data, position) VALUES ($1, $2, 1)', ['t-1', old]);
    await finish();
    const { rows } = await pool.query<{ data: Record<string, unknown> }>('SELECT data FROM rm_teams');
    expect(rows[0].data).toEqual({ ...old, specialty: null, leaderId: null });
  });
});
