import { openPool, openPools } from '@shiji/postgres';
import { Client } from 'pg';
import { delay, waitUntil } from '../contract/support/wait-until';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('openPool', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  const terminateOthers = async () => {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ terminated: boolean }>(
        'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return rows.length;
    } finally {
      await admin.end();
    }
  };

  it('reports an idle connection the server ends, instead of crashing the process, and opens a new one for the next query', async () => {
    const reported: Error[] = [];
    const pool = openPool({ connectionString: database.url, max: 2 }, (error) => reported.push(error));
    try {
      await pool.query('SELECT 1');
      expect(pool.idleCount).toBe(1);

      expect(await terminateOthers()).toBe(1);
      await waitUntil(() => reported.length > 0, 'the pool reports the ended connection', 5_000);

      expect(reported).toEqual([expect.objectContaining({ code: '57P01' })]);
      expect(pool.totalCount).toBe(0);
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it('survives the server ending a connection that is checked out between two queries (a transaction in a request), and the next query opens a new one', async () => {
    const pool = openPool({ connectionString: database.url, max: 2 });
    try {
      const client = await pool.connect();
      await client.query('BEGIN');
      expect(await terminateOthers()).toBe(1);
      // Without a listener of its own, the client's 'error' event would be thrown here and end the process.
      await delay(300);
      await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminat/i);
      client.release();
      expect(pool.totalCount).toBe(0);
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it('listens even when the caller gives no handler, so a pool ending as its database is force-dropped stays quiet', async () => {
    const pool = openPool({ connectionString: database.url, max: 4 });
    expect(pool.listenerCount('error')).toBe(1);
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    clients.forEach((client) => client.release());
    // end() resolves once its clients are told to close, not once they have: the drop that follows may still find them.
    await pool.end();
    await database.drop();
    database = await createTestDatabase();
  });

  it('lists its usage until it is ended: connections open, idle and waiting, by application name', async () => {
    const pool = openPool({ connectionString: database.url, max: 1, application_name: 'usage-probe' });
    const held = await pool.connect();
    const queued = pool.query('SELECT 1');

    expect(openPools().filter((usage) => usage.name === 'usage-probe')).toEqual([{ name: 'usage-probe', total: 1, idle: 0, waiting: 1, max: 1 }]);
    held.release();
    await queued;
    expect(openPools().find((usage) => usage.name === 'usage-probe')).toMatchObject({ total: 1, idle: 1, waiting: 0 });

    await pool.end();
    expect(openPools().some((usage) => usage.name === 'usage-probe')).toBe(false);
  });
});
