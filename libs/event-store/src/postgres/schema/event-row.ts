import type { EventMetadata, StoredEvent } from '../../event-store.port';

/** A shiji_events row as node-postgres returns it (bigint as a string). */
export interface EventRow {
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

export const EVENT_COLUMNS = 'e.position, e.stream_id, e.revision, e.event_id, e.type, e.version, e.data, e.metadata, e.recorded_at';

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: Number(row.position),
    eventId: row.event_id,
    type: row.type,
    version: row.version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
