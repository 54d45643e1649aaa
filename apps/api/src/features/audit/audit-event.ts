import type { EventMetadata } from '@shiji/event-store';

/** One stored event as the audit routes show it: everything the log holds about it. */
export interface AuditEvent {
  position: number;
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recordedAt: string;
}

/** A shiji_events row as node-postgres returns it (bigint as text). */
export interface AuditEventRow {
  position: string;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    position: Number(row.position),
    streamId: row.stream_id,
    revision: row.revision,
    eventId: row.event_id,
    type: row.type,
    version: row.version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
  };
}
