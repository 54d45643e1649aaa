import type { EventStore } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@shiji/postgres';
import { sqlIdentifier } from '../runner/collection';
import type { Projection } from '../runner/projection';
import { everyProjectionTo, replayLog } from './replay-log';
import { readModelTablesInLockOrder } from './lock-order';
import type { ProgressListener } from './replay-progress';
import { dropSchema, scratchSchemaName } from './scratch-schema';

export interface SwapOptions {
  pool: Pool;
  store: EventStore;
  projections: readonly Projection[];
  /** The replayed schema that becomes live. */
  replayed: string;
  live?: string;
  /** How long to wait for the live checkpoints' lock before giving up (a stuck runner transaction). */
  lockTimeoutMs?: number;
  onProgress?: ProgressListener;
}

/**
 * The channel a swap NOTIFYs when it commits: an api keeping snapshots of
 * the views in memory drops them then, since the views changed without an
 * event saying so. The payload is the position the new views have reached.
 */
export const VIEWS_REPLACED_CHANNEL = 'shiji_views_replaced';

/** A swap chosen as a deadlock victim is rolled back whole, so it is tried again this many times in all. */
const SWAP_ATTEMPTS = 3;

/**
 * Makes the replayed tables the live ones in one transaction, while the api
 * keeps serving and the runners (here or in a projector process) keep running:
 *
 * 1. Lock the live checkpoint table EXCLUSIVE before anything else: a
 *    runner's batch writes its checkpoint rows first, so this waits for the
 *    batches under way, holds off the next ones before they touch a
 *    collection, and lets readers (ACCESS SHARE) pass.
 * 2. Catch the replayed schema up to the log's head as seen now. Every event a
 *    runner has been handed is at or below that head, so the new checkpoints
 *    are at or past every runner's subscription.
 * 3. Lock the live tables ACCESS EXCLUSIVE in readModelTablesInLockOrder,
 *    move them out, the replayed ones in, NOTIFY VIEWS_REPLACED_CHANNEL, and
 *    commit.
 *
 * A runner's next batch then writes its checkpoint rows by name, which now
 * resolves to the new table (PostgreSQL looks a name up again after waiting
 * for a lock), and goes on from the new checkpoints.
 *
 * A reader of several collections in another order can still close a cycle
 * with step 3; PostgreSQL then rolls one side back whole, and if that is the
 * swap it runs again from step 1.
 */
export async function swapReadModels(options: SwapOptions): Promise<{ position: number }> {
  const live = sqlIdentifier(options.live ?? 'public');
  const replayed = sqlIdentifier(options.replayed);
  const retired = scratchSchemaName('retired');
  const position = await retryDeadlocks(() =>
    inTransaction(options.pool, async (client) => {
      await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(options.lockTimeoutMs ?? 30_000))}`);
      await client.query(`LOCK TABLE ${live}.projection_checkpoints IN EXCLUSIVE MODE`);
      const head = await options.store.headPosition();
      await replayLog({ ...options, schema: replayed, client, targets: everyProjectionTo(options.projections, head), phase: 'catch-up' });
      await keepOtherCheckpoints(client, options.projections, live, replayed);
      await client.query(`CREATE SCHEMA ${retired}`);
      const tables = readModelTablesInLockOrder(options.projections);
      const existing = await liveTables(client, live, tables);
      await client.query(`LOCK TABLE ${existing.map((table) => `${live}.${sqlIdentifier(table)}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
      for (const table of existing) await client.query(`ALTER TABLE ${live}.${sqlIdentifier(table)} SET SCHEMA ${retired}`);
      for (const table of tables) await client.query(`ALTER TABLE ${replayed}.${sqlIdentifier(table)} SET SCHEMA ${live}`);
      // Delivered at commit, to every listener on this database, and not at all if the swap rolls back.
      await client.query('SELECT pg_notify($1, $2)', [VIEWS_REPLACED_CHANNEL, String(head)]);
      return head;
    }),
  );
  await dropSchema(options.pool, retired);
  return { position };
}

/** Those of `tables` (in their order) that exist in `schema`; projection_checkpoints does, since step 1 locked it. */
async function liveTables(client: PoolClient, schema: string, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = ANY($2::text[])`,
    [schema, tables],
  );
  const found = new Set(rows.map((row) => row.name));
  return tables.filter((table) => found.has(table));
}

async function retryDeadlocks<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= SWAP_ATTEMPTS || (error as { code?: unknown }).code !== DEADLOCK_DETECTED) throw error;
    }
  }
}

const DEADLOCK_DETECTED = '40P01';

/** Checkpoints of projections this swap does not rebuild move across unchanged. */
async function keepOtherCheckpoints(client: PoolClient, projections: readonly Projection[], live: string, replayed: string): Promise<void> {
  await client.query(
    `INSERT INTO ${replayed}.projection_checkpoints (name, position, updated_at)
     SELECT name, position, updated_at FROM ${live}.projection_checkpoints WHERE NOT (name = ANY($1::text[]))
     ON CONFLICT (name) DO NOTHING`,
    [projections.map((projection) => projection.name)],
  );
}
