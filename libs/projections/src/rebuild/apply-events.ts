import type { StoredEvent } from '@shiji/event-store';
import type { PoolClient } from 'pg';
import { sqlIdentifier } from '../runner/collection';
import { BatchDocumentStore } from '../runner/document-store';
import type { Projection } from '../runner/projection';

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Applies events to one projection's tables in `schema` and moves its
 * checkpoint to `checkpoint`, on a client the caller has in a transaction.
 * The same prefetch/apply/flush as ProjectionRunner, so a replay builds
 * exactly what the live runner builds.
 */
export async function applyEvents(client: PoolClient, schema: string, projection: Projection, events: readonly StoredEvent[], checkpoint: number): Promise<void> {
  if (events.length > 0) {
    const documents = new BatchDocumentStore(client, schema);
    await documents.prefetch(events.flatMap((event) => projection.needs(event)));
    for (const event of events) projection.apply(event, documents);
    await documents.flush();
  }
  await client.query(`UPDATE ${sqlIdentifier(schema)}.projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1`, [projection.name, checkpoint]);
}

/** Every projection's checkpoint in `schema`, creating missing rows at 0. */
export async function checkpointsIn(db: Queryable, schema: string, projections: readonly Projection[]): Promise<Map<string, number>> {
  const names = projections.map((projection) => projection.name);
  const table = `${sqlIdentifier(schema)}.projection_checkpoints`;
  await db.query(`INSERT INTO ${table} (name, position) SELECT unnest($1::text[]), 0 ON CONFLICT (name) DO NOTHING`, [names]);
  const { rows } = await db.query<{ name: string; position: string }>(`SELECT name, position FROM ${table} WHERE name = ANY($1::text[])`, [names]);
  return new Map(rows.map((row) => [row.name, Number(row.position)]));
}
