import { EVENT_COLUMNS } from './event-row';

/** $1 stream, $2 first revision (inclusive), $3 limit (null: all). */
export const READ_STREAM_FORWARDS = `
SELECT ${EVENT_COLUMNS} FROM shiji_events e
WHERE e.stream_id = $1 AND e.revision >= $2
ORDER BY e.revision
LIMIT $3`;

/** $1 stream, $2 last revision (inclusive), $3 limit (null: all). */
export const READ_STREAM_BACKWARDS = `
SELECT ${EVENT_COLUMNS} FROM shiji_events e
WHERE e.stream_id = $1 AND e.revision <= $2
ORDER BY e.revision DESC
LIMIT $3`;

/** The revision of the stream's last event; null when it has none. */
export const READ_LAST_REVISION = 'SELECT max(revision) AS revision FROM shiji_events WHERE stream_id = $1';
