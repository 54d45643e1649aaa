import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on one connection: committed when it
 * resolves, rolled back when it throws; the connection goes back either way.
 * READ COMMITTED unless told otherwise.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, isolation?: 'REPEATABLE READ'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(isolation ? `BEGIN ISOLATION LEVEL ${isolation}` : 'BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Anything that runs a query: a pool, or a transaction's client. */
export type Queryable = Pick<Pool, 'query'> | PoolClient;
