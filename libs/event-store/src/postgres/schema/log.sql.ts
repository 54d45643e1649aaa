import { EVENT_COLUMNS } from './event-row';

/**
 * Reads of the global log. Every read of positions runs below the visibility
 * horizon: only events of transactions older than the oldest one still
 * running (migrations/reserve-positions.sql.ts says why that makes
 * `position > p` reads skip nothing).
 */
export const HORIZON = 'horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)';
export const VISIBLE = 'e.transaction_id < (SELECT xmin FROM horizon)';

/** $1 after, $2 limit (null: all), $3 event types (null: any), $4 stream prefixes (null: any). */
const MATCHES_FILTER = '($3::text[] IS NULL OR e.type = ANY ($3::text[])) AND ($4::text[] IS NULL OR e.stream_id ^@ ANY ($4::text[]))';

export const READ_LOG = `
WITH ${HORIZON}
SELECT ${EVENT_COLUMNS} FROM shiji_events e
WHERE e.position > $1 AND ${VISIBLE} AND ${MATCHES_FILTER}
ORDER BY e.position
LIMIT $2`;

/** READ_LOG's events with the highest visible position after $1 of any event, filtered or not; one row even when the batch is empty, so the head always comes back. */
export const READ_BATCH = `
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

export const READ_HEAD = `
WITH ${HORIZON}
SELECT coalesce(max(e.position), 0) AS head FROM shiji_events e WHERE ${VISIBLE}`;

/** The highest committed position, visible to subscribers or not yet: the primary key's last entry. */
export const READ_LAST_COMMITTED = 'SELECT coalesce(max(position), 0) AS last FROM shiji_events';
