import { Readable } from 'node:stream';
import type { AuditEvent } from './audit-event';

/** Reads one page of the log after a position; an empty page ends the export. */
export type PageSource = (after: number, limit: number) => Promise<AuditEvent[]>;

export const EXPORT_PAGE_SIZE = 1000;

/**
 * The log as NDJSON, one event per line, pulled a page at a time: the
 * generator only runs when the stream wants more, so a slow client holds the
 * database reads back (backpressure) and memory stays at about one page
 * whatever the export's size. When the client goes away the stream is
 * destroyed, the generator returns, and reading stops.
 */
export function ndjsonExport(source: PageSource, after: number): Readable {
  async function* lines(): AsyncGenerator<string> {
    for (let cursor = after; ; ) {
      const page = await source(cursor, EXPORT_PAGE_SIZE);
      if (page.length === 0) return;
      yield page.map((event) => `${JSON.stringify(event)}\n`).join('');
      cursor = page[page.length - 1].position;
    }
  }
  return Readable.from(lines(), { objectMode: false, highWaterMark: 64 * 1024 });
}
