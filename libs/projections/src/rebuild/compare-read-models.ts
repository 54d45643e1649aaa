import type { Pool } from 'pg';
import { sqlIdentifier, tableName } from '../runner/collection';
import type { Projection } from '../runner/projection';
import type { ReadModelDifference } from './read-model-difference';

interface DifferenceRow {
  id: string;
  kind: ReadModelDifference['kind'];
  live_position: string | null;
  replay_position: string | null;
}

/**
 * Every row that differs between two schemas' collections, by id, data and
 * position. The join runs in PostgreSQL (jsonb equality, so key order in the
 * stored text does not matter); only the differences come back.
 */
export async function compareReadModels(pool: Pool, projections: readonly Projection[], live: string, replayed: string): Promise<ReadModelDifference[]> {
  const differences: ReadModelDifference[] = [];
  for (const projection of projections) {
    for (const collection of projection.collections) {
      const table = sqlIdentifier(tableName(collection.name));
      const { rows } = await pool.query<DifferenceRow>(
        `SELECT coalesce(l.id, r.id) AS id,
                CASE WHEN l.id IS NULL THEN 'missing' WHEN r.id IS NULL THEN 'extra' ELSE 'different' END AS kind,
                l.position AS live_position, r.position AS replay_position
           FROM ${sqlIdentifier(live)}.${table} l
           FULL OUTER JOIN ${sqlIdentifier(replayed)}.${table} r ON r.id = l.id
          WHERE l.id IS NULL OR r.id IS NULL OR l.data IS DISTINCT FROM r.data OR l.position IS DISTINCT FROM r.position
          ORDER BY 1`,
      );
      for (const row of rows) {
        differences.push({
          collection: collection.name,
          id: row.id,
          kind: row.kind,
          livePosition: row.live_position === null ? null : Number(row.live_position),
          replayPosition: row.replay_position === null ? null : Number(row.replay_position),
        });
      }
    }
  }
  return differences;
}
