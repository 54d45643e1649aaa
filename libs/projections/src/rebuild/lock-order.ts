import { tableName } from '../runner/collection';
import type { Projection } from '../runner/projection';

/**
 * The live read-model tables of `projections` in the one order in which a
 * transaction that locks several of them at once takes them: the collections
 * by table name, then projection_checkpoints. The swap (ACCESS EXCLUSIVE) and
 * the verify snapshot (ACCESS SHARE) both lock this way, so neither waits for
 * a table while holding one the other waits for. The api's one-statement
 * reads also take the checkpoints after the documents.
 *
 * A runner's batch is the other side: it writes projection_checkpoints first
 * (see ProjectionRunner), so no batch holds a collection while it waits for
 * the checkpoints, and the swap's EXCLUSIVE lock on the checkpoints, taken
 * before anything else, waits for every batch under way and holds off the next.
 */
export function readModelTablesInLockOrder(projections: readonly Projection[]): string[] {
  const collections = new Set(projections.flatMap((projection) => projection.collections.map((collection) => tableName(collection.name))));
  return [...[...collections].sort(), 'projection_checkpoints'];
}
