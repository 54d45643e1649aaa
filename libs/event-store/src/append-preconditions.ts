import type { EventToAppend } from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What every append must satisfy, on either adapter, before anything reaches
 * the server: a stream id, at least one event, event ids that are UUIDs and
 * distinct (in any case), integer versions. RangeError or TypeError otherwise.
 */
export function assertAppendable(streamId: string, events: readonly EventToAppend[]): void {
  if (streamId.length === 0) throw new RangeError('streamId must not be empty');
  if (events.length === 0) throw new RangeError(`Stream ${streamId}: an append needs at least one event`);
  const ids = new Set(events.map((event) => event.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new RangeError(`Stream ${streamId}: an append must not repeat an event id`);
  for (const event of events) {
    if (!UUID.test(event.eventId)) throw new TypeError(`eventId must be a UUID, got ${event.eventId}`);
    if (!Number.isInteger(event.version)) throw new RangeError(`Event ${event.eventId}: version must be an integer, got ${event.version}`);
  }
}
