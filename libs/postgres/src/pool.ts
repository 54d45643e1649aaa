import { Pool, type PoolConfig } from 'pg';

/**
 * A pg pool that survives losing any of its connections.
 *
 * When the server ends a connection (a restart, an administrator's
 * pg_terminate_backend, a database dropped WITH (FORCE)), node-postgres
 * emits 'error' on the client, and Node throws an 'error' event nobody
 * listens to: the whole process dies. The pool listens on its idle clients
 * only; a client checked out for a transaction, or between two queries of a
 * request, has no listener of its own. So every client gets one when it
 * connects, and every pool in Shiji is opened here so none can forget it.
 * The broken client is unqueryable from then on: its next query rejects
 * (a transient error its caller may retry), and releasing it destroys it.
 */
export function openPool(config: PoolConfig, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool(config);
  pool.on('error', onIdleError);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}
