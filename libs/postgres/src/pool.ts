import { Pool, type PoolConfig } from 'pg';

/**
 * A pg pool that survives losing an idle connection.
 *
 * When the server ends a connection that sits idle in a pool (a restart, an
 * administrator's pg_terminate_backend, a database dropped WITH (FORCE)), the
 * pool discards the client and emits 'error'. With no listener, Node throws
 * that event and the whole process dies. Every pool in Shiji is opened here so
 * none can forget the listener; the next query on the pool simply opens a new
 * connection or reports the failure to its caller.
 */
export function openPool(config: PoolConfig, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool(config);
  pool.on('error', onIdleError);
  return pool;
}
