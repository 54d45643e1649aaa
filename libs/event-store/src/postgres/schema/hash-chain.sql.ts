import { EVENT_COLUMNS, type EventRow } from './event-row';

export const COUNT_EVENTS = 'SELECT count(*) AS total FROM shiji_events';

/**
 * Up to $3 events after ($1 stream, $2 revision) in (stream, revision) order
 * ($1 null: from the first), with their stored hash as lowercase hex: keyset
 * pages over the (stream_id, revision) unique index, so a walk of the whole
 * log keeps memory flat.
 */
export const READ_HASH_CHAIN_PAGE = `
SELECT ${EVENT_COLUMNS}, encode(e.hash, 'hex') AS hash
  FROM shiji_events e
 WHERE ($1::text IS NULL OR (e.stream_id, e.revision) > ($1::text, $2::integer))
 ORDER BY e.stream_id, e.revision
 LIMIT $3`;

export type HashChainRow = EventRow & { hash: string };
