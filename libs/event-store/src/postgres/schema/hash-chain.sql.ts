export const COUNT_EVENTS = 'SELECT count(*) AS total FROM shiji_events';

/**
 * Up to $3 events after ($1 stream, $2 revision) in (stream, revision) order
 * ($1 null: from the first), with their stored hash: keyset pages over the
 * (stream_id, revision) unique index, so a walk of the whole log keeps
 * memory flat.
 */
export const READ_HASH_CHAIN_PAGE = `
SELECT stream_id, revision, position, event_id, type, version, data, metadata, encode(hash, 'hex') AS hash
  FROM shiji_events
 WHERE ($1::text IS NULL OR (stream_id, revision) > ($1::text, $2::integer))
 ORDER BY stream_id, revision
 LIMIT $3`;

export interface HashChainRow {
  stream_id: string;
  revision: number;
  position: string;
  event_id: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  hash: string;
}
