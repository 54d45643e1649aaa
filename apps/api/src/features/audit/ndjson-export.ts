import { Readable } from 'node:stream';
/** Reads one page of the log after a position, each event as one JSON text; an empty page ends the export. */
export type PageSource = (after: number, limit: number) => Promise<Array<{ position: number; line: string }>>;

// Small pages keep each chunk a young-generation string, collected by the next scavenge rather than a later full GC.
export const EXPORT_PAGE_SIZE = 100;

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
      yield `${page.map((event) => event.line).join('\n')}\n`;
      cursor = page[page.length - 1].position;
    }
  }
  return Readable.from(lines(), { objectMode: false, highWaterMark: 64 * 1024 });
}
