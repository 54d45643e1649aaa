import type { Document } from './document-store';

/** A document as its projection last left it: `data` null when it does not exist. */
export interface KnownDocument {
  data: Document | null;
  position: number;
}

/**
 * The documents a runner has read or written lately, kept between its
 * batches so the next batch need not read them back from PostgreSQL.
 *
 * What must hold: an entry is never older than the table once the batches
 * before it have committed. That holds because the runner is its
 * projections' only writer (advisory locks), it puts every document a batch
 * wrote here before the next batch looks anything up, and it empties the
 * cache whenever a batch fails or another writer moves a checkpoint (a
 * replay's swap). Entries written by a batch still committing must stay, so
 * `trim` is called only when no batch is in flight.
 *
 * Documents a projection reads are kept, at most `capacity` of them, the
 * least recently used going first. Documents only ever written (a ledger
 * entry, a notification) are kept only until `trim`: the next batch may
 * read them while their batch commits, and few are read again after.
 */
export class DocumentCache {
  private readonly read = new Map<string, KnownDocument>();
  private readonly writtenOnly = new Map<string, KnownDocument>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.read.size + this.writtenOnly.size;
  }

  lookup(collection: string, id: string): KnownDocument | undefined {
    const key = keyOf(collection, id);
    const known = this.read.get(key);
    if (known === undefined) return this.writtenOnly.get(key);
    // Map keeps insertion order: moving the entry to the end makes the front the least recently used.
    this.read.delete(key);
    this.read.set(key, known);
    return known;
  }

  /** Every cached document of one collection (for a batch that reads the whole collection). */
  *inCollection(collection: string): Iterable<[id: string, known: KnownDocument]> {
    const prefix = keyOf(collection, '');
    for (const entries of [this.read, this.writtenOnly]) {
      for (const [key, known] of entries) if (key.startsWith(prefix)) yield [key.slice(prefix.length), known];
    }
  }

  /** The document as a batch leaves it; `wasRead` when a projection read it in that batch. */
  remember(collection: string, id: string, known: KnownDocument, wasRead: boolean): void {
    const key = keyOf(collection, id);
    if (!wasRead && !this.read.has(key)) {
      this.writtenOnly.set(key, known);
      return;
    }
    this.writtenOnly.delete(key);
    this.read.delete(key);
    this.read.set(key, known);
  }

  /** Drops the documents only written, and the least recently read beyond `capacity`. Only while no batch is in flight. */
  trim(): void {
    this.writtenOnly.clear();
    let excess = this.read.size - this.capacity;
    for (const key of this.read.keys()) {
      if (excess <= 0) return;
      this.read.delete(key);
      excess -= 1;
    }
  }

  clear(): void {
    this.read.clear();
    this.writtenOnly.clear();
  }
}

/** Collection names are SQL identifiers, so they never hold the separator. */
const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;
