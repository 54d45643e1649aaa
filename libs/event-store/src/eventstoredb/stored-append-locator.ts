import type { AppendResult, EventToAppend, StoredEvent } from '../event-store.port';
import type { StreamEventReader } from './stream-event-reader';

/** Where an append's event ids stand in a stream. */
export type StoredAppend = { kind: 'absent' } | { kind: 'stored'; result: AppendResult } | { kind: 'partly-stored' };

/** Events read per page when scanning a stream forwards for an append's ids. */
const PAGE_SIZE = 256;

/**
 * Finds an append's event ids in a stream without reading more of it than
 * the caller asks for: EventStoreDB keeps no index by event id, so every
 * look is a read, and long streams (an account can hold 20,000 events) must
 * never be read whole on the way to an ordinary append.
 *
 * An append counts as stored when its ids sit at consecutive revisions, in
 * order; as partly stored when some id is found but not that run.
 */
export class StoredAppendLocator {
  constructor(private readonly streams: StreamEventReader) {}

  /** The stream's last `count` events, newest first (empty for a missing stream). */
  tail(streamId: string, count: number): Promise<StoredEvent[]> {
    return this.streams.read(streamId, { direction: 'backwards', maxCount: count });
  }

  /**
   * Looks for the append among events already read (any order). When one of
   * its ids is there, the revision of its first event follows; the run from
   * there is taken from `seen` or, when it reaches past them, read (one read
   * of as many events as the append holds).
   */
  async among(streamId: string, events: readonly EventToAppend[], seen: readonly StoredEvent[]): Promise<StoredAppend> {
    const indexOfId = new Map(events.map((event, index) => [event.eventId.toLowerCase(), index]));
    let anchor: { index: number; firstRevision: number } | undefined;
    for (const stored of seen) {
      const index = indexOfId.get(stored.eventId.toLowerCase());
      if (index !== undefined && (anchor === undefined || index < anchor.index)) anchor = { index, firstRevision: stored.revision - index };
    }
    if (anchor === undefined) return { kind: 'absent' };
    const { firstRevision } = anchor;
    if (firstRevision < 0) return { kind: 'partly-stored' };
    const byRevision = new Map(seen.map((stored) => [stored.revision, stored]));
    const fromSeen = events.map((_event, offset) => byRevision.get(firstRevision + offset));
    const run = fromSeen.every((stored) => stored !== undefined)
      ? (fromSeen as StoredEvent[])
      : await this.streams.read(streamId, { fromRevision: firstRevision, maxCount: events.length });
    return compare(run, events);
  }

  /** Scans forwards from `fromRevision` (inclusive) in pages and stops at the first page holding one of the append's ids. */
  async forwardFrom(streamId: string, events: readonly EventToAppend[], fromRevision: number): Promise<StoredAppend> {
    for (let from = Math.max(0, fromRevision); ; ) {
      const page = await this.streams.read(streamId, { fromRevision: from, maxCount: PAGE_SIZE });
      const found = await this.among(streamId, events, page);
      if (found.kind !== 'absent' || page.length < PAGE_SIZE) return found;
      from = page[page.length - 1].revision + 1;
    }
  }
}

function compare(run: readonly StoredEvent[], events: readonly EventToAppend[]): StoredAppend {
  const matches = run.length === events.length && run.every((stored, offset) => stored.eventId.toLowerCase() === events[offset].eventId.toLowerCase());
  if (!matches) return { kind: 'partly-stored' };
  const last = run[run.length - 1];
  return { kind: 'stored', result: { nextExpectedRevision: last.revision, position: last.position } };
}
