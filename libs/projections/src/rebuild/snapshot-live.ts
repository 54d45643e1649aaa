import type { Pool } from 'pg';
import { inTransaction } from '@shiji/postgres';
import { sqlIdentifier, tableName } from '../runner/collection';
import type { Projection } from '../runner/projection';
import { readModelTablesInLockOrder } from './lock-order';

/**
 * Copies the live read models (id, data, position) into the new schema
 * `snapshot`, with the checkpoints, from one REPEATABLE READ snapshot. A
 * runner commits a batch's documents with its checkpoint, so the copy holds
 * each projection exactly at its checkpoint while the live runners carry on:
 * verify compares against a still picture and needs no pause.
 * Returns the checkpoints of that picture.
 */
export async function snapshotLiveReadModels(pool: Pool, projections: readonly Projection[], live: string, snapshot: string): Promise<Map<string, number>> {
  const from = sqlIdentifier(live);
  const to = sqlIdentifier(snapshot);
  const rows = await inTransaction(
    pool,
    async (client) => {
      // Every table before the first read (which fixes the snapshot), in the swap's order: a swap cannot move a
      // table between two of these reads, and neither side waits for a table while holding one the other waits for.
      const tables = readModelTablesInLockOrder(projections).map((table) => `${from}.${sqlIdentifier(table)}`);
      await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS SHARE MODE`);
      const { rows: found } = await client.query<{ name: string; position: string }>(`SELECT name, position FROM ${from}.projection_checkpoints WHERE name = ANY($1::text[])`, [
        projections.map((projection) => projection.name),
      ]);
      await client.query(`CREATE SCHEMA ${to}`);
      for (const projection of projections) {
        for (const collection of projection.collections) {
          const table = sqlIdentifier(tableName(collection.name));
          await client.query(`CREATE TABLE ${to}.${table} AS SELECT id, data, position FROM ${from}.${table}`);
          await client.query(`ALTER TABLE ${to}.${table} ADD PRIMARY KEY (id)`);
        }
      }
      return found;
    },
    { isolation: 'REPEATABLE READ' },
  );
  const checkpoints = new Map(rows.map((row) => [row.name, Number(row.position)]));
  // A projection that never ran has no row: it is at 0, and so is its replay.
  for (const projection of projections) if (!checkpoints.has(projection.name)) checkpoints.set(projection.name, 0);
  return checkpoints;
}
