import { finished, type Readable } from 'node:stream';
import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { AuditEvent, AuditLog, EventLogFilter } from '../audit-log.port';
import type { StoredEvent } from '../event-store.port';
import { LogReader } from './log-reader';
import { auditPageParameters, EXPORT_AUDIT_NDJSON, READ_AUDIT_PAGE } from './schema/audit.sql';
import { toStoredEvent, type EventRow } from './schema/event-row';
import { inlineParameters } from './schema/sql-literals';
import { StreamReader } from './stream-reader';

/**
 * The AuditLog port on the PostgreSQL event store's table. Filters run in
 * SQL; pages are keyset pages by position, so a deep page costs what the
 * first one does. Like the store's own log reads, pages, exports and the
 * head stay below the visibility horizon, so a position cursor never skips
 * an event that commits late.
 */
export class PostgresAuditLog implements AuditLog {
  private readonly streams: StreamReader;
  private readonly log: LogReader;

  constructor(private readonly pool: Pool) {
    this.streams = new StreamReader(pool);
    this.log = new LogReader(pool);
  }

  async page(filter: EventLogFilter, after: number, limit: number): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query<EventRow>(READ_AUDIT_PAGE, auditPageParameters(filter, after, limit));
    return rows.map((row) => toAuditEvent(toStoredEvent(row)));
  }

  /**
   * Lines are built by PostgreSQL and streamed by COPY as bytes: events never
   * become JavaScript objects or strings, so memory stays flat however long
   * the export runs. The copy stream pulls from the socket only when read, so
   * a slow client holds PostgreSQL back rather than filling memory. The
   * connection returns to the pool when the export ends, and is closed
   * (stopping the query) when the stream is destroyed first.
   */
  async exportNdjson(filter: EventLogFilter, after: number): Promise<Readable> {
    const client = await this.pool.connect();
    const copy = client.query(copyTo(inlineParameters(EXPORT_AUDIT_NDJSON, auditPageParameters(filter, after, null))));
    finished(copy, (error) => client.release(error ?? undefined));
    return copy;
  }

  async stream(streamId: string, fromRevision: number, limit: number): Promise<AuditEvent[]> {
    const events = await this.streams.read(streamId, { fromRevision, maxCount: limit });
    return events.map(toAuditEvent);
  }

  head(): Promise<number> {
    return this.log.head();
  }
}

/** Members in the order the NDJSON export writes them. */
function toAuditEvent(event: StoredEvent): AuditEvent {
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.eventId,
    type: event.type,
    version: event.version,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt.toISOString(),
  };
}
