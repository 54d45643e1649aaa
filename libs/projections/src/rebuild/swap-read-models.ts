import type { EventStore } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier, tableName } from '../runner/collection';
import type { Projection } from '../runner/projection';
import { inTransaction } from '../runner/transaction';
import { everyProjectionTo, replayLog } from './replay-log';
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
 * Makes the replayed tables the live ones in one transaction, while the api
 * keeps serving and the runners (here or in a projector process) keep running:
 *
 * 1. Lock the live checkpoint table EXCLUSIVE: a runner's batch starts by
 *    locking its checkpoint row, so no batch is half applied from here on,
 *    and readers (ACCESS SHARE) still pass.
 * 2. Catch the replayed schema up to the log's head as seen now. Every event a
 *    runner has been handed is at or below that head, so the new checkpoints
 *    are at or past every runner's subscription.
 * 3. Move the live tables out, the replayed ones in, and commit.
 *
 * A runner's next batch then locks its checkpoint row by name, which now
 * resolves to the new table (PostgreSQL looks a name up again after waiting
 * for a lock), skips the events at or below the new checkpoint and carries
 * on: the runners continue from the new checkpoints without a restart.
 */
export async function swapReadModels(options: SwapOptions): Promise<{ position: number }> {
  const live = sqlIdentifier(options.live ?? 'public');
  const replayed = sqlIdentifier(options.replayed);
  const retired = scratchSchemaName('retired');
  const position = await inTransaction(options.pool, async (client) => {
    await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(options.lockTimeoutMs ?? 30_000))}`);
    await client.query(`LOCK TABLE ${live}.projection_checkpoints IN EXCLUSIVE MODE`);
    const head = await options.store.headPosition();
    await replayLog({ ...options, schema: replayed, client, targets: everyProjectionTo(options.projections, head), phase: 'catch-up' });
    await keepOtherCheckpoints(client, options.projections, live, replayed);
    await client.query(`CREATE SCHEMA ${retired}`);
    const tables = [...options.projections.flatMap((projection) => projection.collections.map((collection) => tableName(collection.name))), 'projection_checkpoints'];
    for (const table of tables) await client.query(`ALTER TABLE IF EXISTS ${live}.${sqlIdentifier(table)} SET SCHEMA ${retired}`);
    for (const table of tables) await client.query(`ALTER TABLE ${replayed}.${sqlIdentifier(table)} SET SCHEMA ${live}`);
    return head;
  });
  await dropSchema(options.pool, retired);
  return { position };
}

/** Checkpoints of projections this swap does not rebuild move across unchanged. */
async function keepOtherCheckpoints(client: PoolClient, projections: readonly Projection[], live: string, replayed: string): Promise<void> {
  await client.query(
    `INSERT INTO ${replayed}.projection_checkpoints (name, position, updated_at)
     SELECT name, position, updated_at FROM ${live}.projection_checkpoints WHERE NOT (name = ANY($1::text[]))
     ON CONFLICT (name) DO NOTHING`,
    [projections.map((projection) => projection.name)],
  );
}
