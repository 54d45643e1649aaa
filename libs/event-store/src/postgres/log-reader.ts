import type { Pool } from 'pg';
import type { LogFilter, StoredEvent } from '../event-store.port';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './event-row';

/**
 * Reads the global log below the visibility horizon: only events of
 * transactions older than the oldest one still running (see
 * migrations/reserve-positions.sql.ts for why that makes `position > p`
 * reads skip nothing). Filters run in SQL.
 */
export class LogReader {
  constructor(private readonly pool: Pool) {}

  async read(after: number, limit: number | null, filter: LogFilter | undefined): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(READ_LOG, [after, limit, ...filterParameters(filter)]);
    return rows.map(toStoredEvent);
  }

  /**
   * A subscription's read: the next events matching the filter, and the
   * highest visible position of any event after `after`, from one snapshot.
   * When fewer than `limit` events come back, every visible event up to that
   * head has been considered, and nothing below it can still appear, so the
   * reader may resume from the head and skip the events its filter refused.
   */
  async readBatch(after: number, limit: number, filter: LogFilter | undefined): Promise<LogBatch> {
    const { rows } = await this.pool.query<BatchRow>(READ_BATCH, [after, limit, ...filterParameters(filter)]);
    const events = rows.filter((row) => row.position !== null).map((row) => toStoredEvent(row as EventRow));
    const head = rows[0]?.visible_head;
    return { events, visibleHead: head === null || head === undefined ? after : Number(head) };
  }

  async head(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string }>(READ_HEAD);
    return Number(rows[0].head);
  }

  /** The highest committed position, visible to subscribers or not yet: the primary key's last entry. */
  async lastCommitted(): Promise<number> {
    const { rows } = await this.pool.query<{ last: string }>('SELECT coalesce(max(position), 0) AS last FROM shiji_events');
    return Number(rows[0].last);
  }
}

export interface LogBatch {
  events: StoredEvent[];
  /** Highest position visible after `after` (any event, filtered or not); `after` when none. */
  visibleHead: number;
}

type BatchRow = { [Column in keyof EventRow]: EventRow[Column] | null } & { visible_head: string | null };

function filterParameters(filter: LogFilter | undefined): [readonly string[] | null, readonly string[] | null] {
  return [filter?.eventTypes ?? null, filter?.streamPrefixes ?? null];
}

const VISIBLE = 'e.transaction_id < (SELECT xmin FROM horizon)';
const MATCHES_FILTER = '($3::text[] IS NULL OR e.type = ANY ($3::text[])) AND ($4::text[] IS NULL OR e.stream_id ^@ ANY ($4::text[]))';
const HORIZON = 'horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)';

const READ_LOG = `
WITH ${HORIZON}
SELECT ${EVENT_COLUMNS} FROM shiji_events e
WHERE e.position > $1 AND ${VISIBLE} AND ${MATCHES_FILTER}
ORDER BY e.position
LIMIT $2`;

// One row even when the batch is empty, so the head always comes back.
const READ_BATCH = `
WITH ${HORIZON},
batch AS (
  SELECT ${EVENT_COLUMNS} FROM shiji_events e
  WHERE e.position > $1 AND ${VISIBLE} AND ${MATCHES_FILTER}
  ORDER BY e.position
  LIMIT $2
)
SELECT (SELECT max(e.position) FROM shiji_events e WHERE e.position > $1 AND ${VISIBLE}) AS visible_head, batch.*
FROM (VALUES (1)) AS always (one) LEFT JOIN batch ON true
ORDER BY batch.position`;

const READ_HEAD = `
WITH ${HORIZON}
SELECT coalesce(max(e.position), 0) AS head FROM shiji_events e WHERE ${VISIBLE}`;
