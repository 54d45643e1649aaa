import type { EventLogFilter } from '../../audit-log.port';
import { EVENT_COLUMNS } from './event-row';
import { HORIZON, VISIBLE } from './log.sql';
import type { SqlValue } from './sql-literals';

// Position, stream and type filters use the table's own indexes; community, actor and volunteer-in-data filters the
// expression indexes of migrations/audit-filter-indexes.sql.ts, whose expressions must stay exactly as written here.
// Time filters walk the log in position order and test each row. Sent unnamed, the statement is planned with the
// values given, so a filter left null drops out of the plan.
export const READ_AUDIT_PAGE = `
WITH ${HORIZON}
SELECT ${EVENT_COLUMNS} FROM shiji_events e
WHERE e.position > $1
  AND ${VISIBLE}
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

/** READ_AUDIT_PAGE's values; a null limit reads every match. */
export function auditPageParameters(filter: EventLogFilter, after: number, limit: number | null): SqlValue[] {
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
/** Every match of READ_AUDIT_PAGE as NDJSON; COPY binds no parameters, so its values go in through inlineParameters. */
export const EXPORT_AUDIT_NDJSON = `COPY (SELECT ${LINE} FROM (${READ_AUDIT_PAGE}) page ORDER BY page.position) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;
