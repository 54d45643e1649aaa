import { finished, type Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { to as copyTo } from 'pg-copy-streams';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { toAuditEvent, type AuditEvent, type AuditEventRow } from './audit-event';
import type { EventLogFilter } from './event-log-filter';
import { inlineParameters } from './sql-literals';

const COLUMNS = 'e.position, e.stream_id, e.revision, e.event_id, e.type, e.version, e.data, e.metadata, e.recorded_at';

/**
 * The audit routes' window on the PostgreSQL event store's table: the only
 * queries that read the log directly (architecture: "queries never touch the
 * event store except the audit ones"). Filters run in SQL; pages are keyset
 * pages by position, so a deep page costs what the first one does.
 *
 * Like the store's own log reader, it reads only below the visibility
 * horizon (events of transactions older than the oldest still running), so a
 * position cursor never skips an event that commits late.
 */
@Injectable()
export class EventLogReader {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  /** Up to `limit` events after position `after` that match, in log order. */
  async page(filter: EventLogFilter, after: number, limit: number): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query<AuditEventRow>(READ_PAGE, parameters(filter, after, limit));
    return rows.map(toAuditEvent);
  }

  /**
   * Every match after `after` as NDJSON, one line per event, built by
   * PostgreSQL and streamed by COPY as bytes: events never become JavaScript
   * objects or strings, so memory stays flat however long the export runs.
   * The copy stream pulls from the socket only when read, so a slow client
   * holds PostgreSQL back rather than filling memory. The connection returns
   * to the pool when the export ends, and is closed (stopping the query)
   * when the client goes away first.
   */
  async exportNdjson(filter: EventLogFilter, after: number): Promise<Readable> {
    const client = await this.pool.connect();
    const copy = client.query(copyTo(inlineParameters(EXPORT, parameters(filter, after, null))));
    finished(copy, (error) => client.release(error ?? undefined));
    return copy;
  }

  /** One stream by revision, every committed event (no horizon: a stream is read whole). */
  async stream(streamId: string, fromRevision: number, limit: number): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query<AuditEventRow>(
      `SELECT ${COLUMNS} FROM shiji_events e WHERE e.stream_id = $1 AND e.revision >= $2 ORDER BY e.revision LIMIT $3`,
      [streamId, fromRevision, limit],
    );
    return rows.map(toAuditEvent);
  }

  /** The highest visible position: an export stops there instead of chasing a live log. */
  async head(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string }>(
      `WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT coalesce(max(e.position), 0) AS head FROM shiji_events e WHERE e.transaction_id < (SELECT xmin FROM horizon)`,
    );
    return Number(rows[0].head);
  }
}

// Position, stream and type filters use the table's own indexes. Community, actor, volunteer-in-data and time
// filters walk the log in position order and test each row: fine while the log is small; on a large one they want
// expression indexes such as ((metadata->>'communityId'), position), ((metadata->'actor'->>'id'), position),
// ((data->>'volunteerId'), position), which belong to the event store's migrations.
const READ_PAGE = `
WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
SELECT ${COLUMNS} FROM shiji_events e
WHERE e.position > $1
  AND e.transaction_id < (SELECT xmin FROM horizon)
  AND ($2::bigint IS NULL OR e.position <= $2)
  AND ($3::timestamptz IS NULL OR (e.metadata->>'occurredAt')::timestamptz >= $3)
  AND ($4::timestamptz IS NULL OR (e.metadata->>'occurredAt')::timestamptz <= $4)
  AND ($5::text[] IS NULL OR e.type = ANY ($5::text[]))
  AND ($6::text IS NULL OR e.stream_id = $6)
  AND ($7::text IS NULL OR e.stream_id = 'account-' || $7 OR e.stream_id = 'volunteer-' || $7 OR e.data->>'volunteerId' = $7)
  AND ($8::text IS NULL OR e.metadata->>'communityId' = $8)
  AND ($9::text IS NULL OR e.metadata->'actor'->>'id' = $9)
ORDER BY e.position
LIMIT $10`;

function parameters(filter: EventLogFilter, after: number, limit: number | null): Array<string | number | Date | readonly string[] | null> {
  return [
    Math.max(after, (filter.fromPosition ?? 1) - 1),
    filter.toPosition ?? null,
    filter.from ?? null,
    filter.to ?? null,
    filter.types && filter.types.length > 0 ? filter.types : null,
    filter.streamId ?? null,
    filter.volunteerId ?? null,
    filter.communityId ?? null,
    filter.actorId ?? null,
    limit,
  ];
}

/** An AuditEvent as JSON text, members in the order toAuditEvent gives them, recordedAt as toISOString writes it. */
const LINE = `json_build_object(
  'position', page.position, 'streamId', page.stream_id, 'revision', page.revision, 'eventId', page.event_id,
  'type', page.type, 'version', page.version, 'data', page.data, 'metadata', page.metadata,
  'recordedAt', to_char(page.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text`;

// COPY's csv format writes a value as it is unless it holds the delimiter, the quote, CR or LF. JSON text never holds
// a raw control character (they are escaped as \u00XX), so with two of them as delimiter and quote each line is the
// event's JSON exactly; the text format would instead double every backslash.
const EXPORT = `COPY (SELECT ${LINE} FROM (${READ_PAGE}) page ORDER BY page.position) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;
