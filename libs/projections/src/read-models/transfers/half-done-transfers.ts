import type { Pool } from 'pg';
import { sqlIdentifier } from '../../runner/collection';
import type { TransferView } from './transfer-view';

/** Past this, a move still half-done is not in the middle of being settled: nobody is settling it. */
export const HALF_DONE_AFTER_SECONDS = 60;

export interface HalfDoneTransfer {
  transferId: string;
  kind: TransferView['kind'];
  fromVolunteerId: string | null;
  toVolunteerId: string | null;
  minutes: number;
  /** When its intent was stored. */
  since: string;
}

/** Moves in `schema`'s transfers view whose second step has been missing longer than HALF_DONE_AFTER_SECONDS. */
export async function halfDoneTransfers(pool: Pool, schema: string, now: Date = new Date()): Promise<HalfDoneTransfer[]> {
  const { rows } = await pool.query<{ data: TransferView }>(
    `SELECT data FROM ${sqlIdentifier(schema)}.rm_transfers WHERE status = 'pending' AND (data->'intent'->>'at')::timestamptz < $1 ORDER BY intent_position`,
    [new Date(now.getTime() - HALF_DONE_AFTER_SECONDS * 1000)],
  );
  return rows.map(({ data }) => ({
    transferId: data.transferId,
    kind: data.kind,
    fromVolunteerId: data.fromVolunteerId,
    toVolunteerId: data.toVolunteerId,
    minutes: data.minutes,
    since: data.intent.at,
  }));
}
