import { BACKWARDS, END, FORWARDS, type ReadPosition } from '@eventstore/db-client';
import type { LogFilter, StoredEvent } from '../event-store.port';
import { toStoredEvent } from './event-envelope';
import type { FilteredAllReader } from './filtered-all-reader';
import { allPositionAt, globalPositionOf } from './global-position';
import { isSelected, serverFilterFor } from './log-filter';

/** Events asked of the server per round trip. */
const PAGE_SIZE = 1000;

/** Reads $all with the port's semantics: strictly after a position, user events only, filtered on the server. */
export class GlobalLogReader {
  constructor(private readonly reader: FilteredAllReader) {}

  async readAfter(after: number, maxCount: number, filter: LogFilter | undefined): Promise<StoredEvent[]> {
    const serverFilter = serverFilterFor(filter);
    const selected: StoredEvent[] = [];
    let cursor = after;
    while (selected.length < maxCount) {
      // One more than needed: reading forwards from a position includes the event at it.
      const wanted = Math.min(maxCount - selected.length, PAGE_SIZE) + 1;
      const page = await this.reader.read({ from: allPositionAt(cursor), direction: FORWARDS, maxCount: wanted, filter: serverFilter });
      const pageStart = cursor;
      for (const recorded of page) {
        const position = globalPositionOf(recorded.position, recorded.id);
        if (position <= pageStart) continue;
        cursor = position;
        if (isSelected(recorded, filter)) selected.push(toStoredEvent(recorded));
        if (selected.length === maxCount) break;
      }
      if (page.length < wanted) break;
    }
    return selected;
  }

  /** Position of the newest user event, 0 when there is none. */
  async headPosition(): Promise<number> {
    let from: ReadPosition = END;
    for (;;) {
      // Backwards from a position yields only what lies before it.
      const page = await this.reader.read({ from, direction: BACKWARDS, maxCount: 32, filter: serverFilterFor(undefined) });
      const newest = page.find((recorded) => isSelected(recorded, undefined));
      if (newest) return globalPositionOf(newest.position, newest.id);
      const oldest = page[page.length - 1];
      if (page.length < 32 || !oldest?.position) return 0;
      from = oldest.position;
    }
  }
}
