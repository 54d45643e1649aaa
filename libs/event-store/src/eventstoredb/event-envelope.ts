import { jsonEvent, type JSONEventType, type JSONType, type Position, type EventData } from '@eventstore/db-client';
import type { EventMetadata, EventToAppend, StoredEvent } from '../event-store.port';
import { globalPositionOf } from './global-position';

/**
 * How a port event sits in EventStoreDB: `data` as the JSON event body, our
 * `metadata` as the event's JSON metadata with the schema `version` added
 * under SCHEMA_VERSION_KEY (EventStoreDB has no field of its own for it).
 */
const SCHEMA_VERSION_KEY = 'schemaVersion';

/** The fields of a recorded event we read, as both the client and our raw $all reads deliver them. */
export interface RecordedEnvelope {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  created: Date;
  position?: Position;
}

export function toEventData(event: EventToAppend): EventData {
  return jsonEvent<JSONEventType>({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, [SCHEMA_VERSION_KEY]: event.version },
  });
}

export function toStoredEvent(recorded: RecordedEnvelope): StoredEvent {
  if (!recorded.isJson || !isRecord(recorded.data)) {
    throw new Error(`Event ${recorded.id} in ${recorded.streamId} is not a JSON object event and cannot be read through the port`);
  }
  const { [SCHEMA_VERSION_KEY]: version, ...metadata } = isRecord(recorded.metadata) ? recorded.metadata : {};
  return {
    eventId: recorded.id,
    type: recorded.type,
    version: typeof version === 'number' ? version : 1,
    data: recorded.data,
    metadata: metadata as EventMetadata,
    streamId: recorded.streamId,
    revision: Number(recorded.revision),
    position: globalPositionOf(recorded.position, recorded.id),
    recordedAt: recorded.created,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
