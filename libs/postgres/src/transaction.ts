import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on one connection: committed when it
 * resolves, rolled back when it throws; the connection goes back either way.
 * READ COMMITTED unless told otherwise; with `synchronousCommit: 'off'` its
 * commit returns before its WAL reaches the disk (a crash of the server may
 * then take it back, whole): only for work that can be done again.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
  const client = await pool.connect();
  try {
    // One simple-protocol round trip, however many statements begin it.
    await client.query(beginStatements(settings));
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

export interface TransactionSettings {
  isolation?: 'REPEATABLE READ';
  synchronousCommit?: 'off';
}

function beginStatements({ isolation, synchronousCommit }: TransactionSettings): string {
  const begin = isolation ? `BEGIN ISOLATION LEVEL ${isolation}` : 'BEGIN';
  return synchronousCommit ? `${begin}; SET LOCAL synchronous_commit = ${synchronousCommit}` : begin;
}
