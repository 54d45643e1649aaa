import { Pool, type PoolConfig } from 'pg';

const open = new Set<Pool>();

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
 *
 * The pool is also listed in openPools() until it is ended, so a process can
 * report how its connections are used.
 */
export function openPool(config: PoolConfig, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool(config);
  pool.on('error', onIdleError);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  open.add(pool);
  const end = pool.end.bind(pool) as (...args: unknown[]) => Promise<void>;
  pool.end = ((...args: unknown[]) => {
    open.delete(pool);
    return end(...args);
  }) as Pool['end'];
  return pool;
}

export interface PoolUsage {
  /** The pool's application_name, or `unnamed`. */
  name: string;
  /** Connections open (idle or in use). */
  total: number;
  idle: number;
  /** Queries and checkouts waiting for a connection: above zero, the pool is the bottleneck. */
  waiting: number;
  max: number;
}

/** Every pool opened with openPool and not yet ended, in this process. */
export function openPools(): PoolUsage[] {
  return [...open].map((pool) => ({
    name: pool.options.application_name ?? 'unnamed',
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  }));
}
