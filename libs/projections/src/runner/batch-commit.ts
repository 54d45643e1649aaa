import { sqlIdentifier } from './collection';
import { upsertRows, type CollectionWrite } from './document-store';

/** A checkpoint a batch moves: from the position and row version this writer last saw, to the batch's last position. */
export interface CheckpointMove {
  name: string;
  from: number;
  /** The checkpoint row's `xmin` as this writer last read or wrote it. */
  version: string;
}

/**
 * A batch's whole write as one statement, so its commit costs one round trip
 * between BEGIN and COMMIT however many collections it touches:
 *
 * 1. `moved` updates the checkpoint rows that are still at `from` and still
 *    the row version this writer knows, and returns the new versions.
 * 2. Each collection's upsert runs only if every checkpoint moved (`ready`);
 *    reading that count makes PostgreSQL finish the checkpoint update before
 *    it writes any document. The statement names the checkpoint table first,
 *    so it locks it before any collection, the order a replay's swap keeps.
 *
 * The caller compares the returned rows with the moves: fewer means another
 * writer moved a checkpoint, no document was written, and it must roll back.
 */
export function batchCommitStatement(schema: string, moves: readonly CheckpointMove[], last: number, writes: readonly CollectionWrite[]): { text: string; values: unknown[] } {
  const values: unknown[] = [moves.map(({ name }) => name), moves.map(({ from }) => from), moves.map(({ version }) => version), last, moves.length];
  const upserts = writes.map((write, index) => {
    values.push(write.rows);
    return `, upsert_${index} AS (${upsertRows(schema, write.collection, `$${values.length}`, '(SELECT every_moved FROM ready)')})`;
  });
  const text = `WITH moved AS (
      UPDATE ${sqlIdentifier(schema)}.projection_checkpoints AS c SET position = $4, updated_at = now()
      FROM unnest($1::text[], $2::bigint[], $3::text[]) AS mine(name, position, version)
      WHERE c.name = mine.name AND c.position = mine.position AND c.xmin = mine.version::xid
      RETURNING c.name, c.xmin::text AS version)
    , ready AS (SELECT count(*) = $5 AS every_moved FROM moved)${upserts.join('')}
    SELECT name, version FROM moved`;
  return { text, values };
}
