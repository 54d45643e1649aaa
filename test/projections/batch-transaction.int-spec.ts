import { openPool } from '@shiji/postgres';
import { inBatchTransaction } from '@shiji/projections';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';

const setting = async (query: (sql: string) => Promise<{ rows: Array<{ value: string }> }>) => (await query("SELECT current_setting('synchronous_commit') AS value")).rows[0].value;

/** A projection batch commits without waiting for the disk, all or nothing, and leaves its connection as it found it. */
describe('a projection batch transaction', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The product's default, whatever the test server runs with: the batch must be seen turning it off for itself only.
    const setup = openPool({ connectionString: database.url, max: 1 });
    await setup.query(`ALTER DATABASE ${new URL(database.url).pathname.slice(1)} SET synchronous_commit = on`);
    await setup.end();
    pool = openPool({ connectionString: database.url, max: 1 });
    await pool.query('CREATE TABLE batch_rows (id integer PRIMARY KEY)');
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('commits with synchronous_commit off for itself only', async () => {
    const inside = await inBatchTransaction(pool, async (client) => {
      await client.query('INSERT INTO batch_rows VALUES (1)');
      return setting((sql) => client.query(sql));
    });
    expect(inside).toBe('off');
    // max 1: the same connection, back to the database's default.
    expect(await setting((sql) => pool.query(sql))).toBe('on');
    expect((await pool.query('SELECT id FROM batch_rows')).rows).toEqual([{ id: 1 }]);
  });

  it('rolls everything back when the work fails', async () => {
    await expect(
      inBatchTransaction(pool, async (client) => {
        await client.query('INSERT INTO batch_rows VALUES (2)');
        throw new Error('the batch failed');
      }),
    ).rejects.toThrow('the batch failed');
    expect((await pool.query('SELECT id FROM batch_rows ORDER BY id')).rows).toEqual([{ id: 1 }]);
  });
});
