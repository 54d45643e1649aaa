import { canonicalEventBody, type EventToAppend } from '@shiji/event-store';
import type { Client } from 'pg';

/** Calls shiji_append on a raw connection, so a test controls the transaction around it. */
export async function rawAppend(client: Client, streamId: string, events: EventToAppend[], expected = 'any'): Promise<{ outcome: string; position: number }> {
  const bodies = events.map((event) => canonicalEventBody({ ...event, streamId }));
  const { rows } = await client.query<{ outcome: string; last_position: string }>('SELECT outcome, last_position FROM shiji_append($1, $2, $3)', [
    streamId,
    expected,
    bodies,
  ]);
  return { outcome: rows[0].outcome, position: Number(rows[0].last_position) };
}
