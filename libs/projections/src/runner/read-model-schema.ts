import type { Pool, PoolClient } from 'pg';
import { checkpointDdl, collectionDdl, sqlIdentifier } from './collection';
import type { Projection } from './projection';

type Queryable = Pick<Pool | PoolClient, 'query'>;

/** Creates the checkpoint table and every projection's collections in `schema` (idempotent). */
export async function createReadModelSchema(db: Queryable, projections: readonly Projection[], schema = 'public'): Promise<void> {
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${sqlIdentifier(schema)}`);
  await db.query(checkpointDdl(schema));
  for (const projection of projections) {
    for (const collection of projection.collections) {
      for (const statement of collectionDdl(schema, collection)) await db.query(statement);
    }
  }
}
