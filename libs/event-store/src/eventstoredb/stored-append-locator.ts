import type { AppendResult, EventToAppend, StoredEvent } from '../event-store.port';
import type { StreamEventReader } from './stream-event-reader';

/** Where an append's event ids stand in a stream. */
export type StoredAppend =
  | { kind: 'absent'; lastRevision: number }
  | { kind: 'stored'; result: AppendResult }
  | { kind: 'partly-stored' };

/** Events read per backwards page while looking for an append's ids. */
const PAGE_SIZE = 256;

/**
 * Looks for an append's event ids in a stream, newest first. EventStoreDB
 * keeps no index by event id, so this reads backwards until it meets the
 * append's first id (everything after it has been seen by then) or reaches
 * `aboveRevision`, below which an earlier look found none of the ids. For new
 * events, the usual case, a first look therefore reads the whole stream: the
 * price of the port's idempotency on this store, paid in pages of PAGE_SIZE.
 * The append is stored when its ids sit at consecutive revisions, in order.
 */
export async function locateStoredAppend(
  streams: StreamEventReader,
  streamId: string,
  events: readonly EventToAppend[],
  aboveRevision = -1,
): Promise<StoredAppend> {
  const indexOfId = new Map(events.map((event, index) => [event.eventId.toLowerCase(), index]));
  const found: (StoredEvent | undefined)[] = events.map(() => undefined);
  let lastRevision = -1;
  let fromRevision: number | undefined;
  for (;;) {
    const page = await streams.read(streamId, { direction: 'backwards', fromRevision, maxCount: PAGE_SIZE });
    if (fromRevision === undefined) lastRevision = page[0]?.revision ?? -1;
    for (const stored of page) {
      if (stored.revision <= aboveRevision) break;
      const index = indexOfId.get(stored.eventId.toLowerCase());
      if (index !== undefined) found[index] = stored;
    }
    const oldest = page[page.length - 1];
    if (found[0] || page.length < PAGE_SIZE || !oldest || oldest.revision <= aboveRevision + 1) break;
    fromRevision = oldest.revision - 1;
  }
  const first = found[0];
  if (found.every((stored) => stored === undefined)) return { kind: 'absent', lastRevision };
  const inOrder = first !== undefined && found.every((stored, index) => stored?.revision === first.revision + index);
  if (!inOrder) return { kind: 'partly-stored' };
  const last = found[found.length - 1] as StoredEvent;
  return { kind: 'stored', result: { nextExpectedRevision: last.revision, position: last.position } };
}
