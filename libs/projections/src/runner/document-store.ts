import type { PoolClient } from 'pg';
import { sqlIdentifier, tableName } from './collection';
import type { DocumentCache } from './document-cache';
import type { DocumentRef } from './projection';

type Queryable = Pick<PoolClient, 'query'>;

export type Document = Record<string, unknown>;

/** The documents a batch reads and writes, as its projections see them. */
export interface DocumentStore {
  get<T extends Document>(collection: string, id: string): T | null;
  /** Every document of a collection; only after a `{ all: true }` need. */
  all<T extends Document>(collection: string): Array<{ id: string; data: T }>;
  put(collection: string, id: string, data: Document, position: number): void;
}

interface Entry {
  data: Document | null;
  position: number;
  dirty: boolean;
  /** Loaded for a projection to read (not only written). */
  read: boolean;
}

/** A batch's changed documents of one collection, serialised: what `writeDocuments` or the batch's commit statement sends. */
export interface CollectionWrite {
  collection: string;
  /** One JSON array of [id, data, position] rows. */
  rows: string;
  count: number;
}

/**
 * Loads what a batch needs up front, keeps changes in memory, and writes them
 * back in one statement per collection. With a cache, documents it holds are
 * not read from `reader`, and what the batch ends with is handed back to it.
 */
export class BatchDocumentStore implements DocumentStore {
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly fullyLoaded = new Set<string>();

  constructor(
    private readonly reader: Queryable,
    private readonly schema: string,
    private readonly cache?: DocumentCache,
  ) {}

  async prefetch(refs: readonly DocumentRef[]): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const ref of refs) {
      if ('all' in ref) {
        if (!this.fullyLoaded.has(ref.collection)) await this.loadAll(ref.collection);
        continue;
      }
      const entries = this.collection(ref.collection);
      if (this.fullyLoaded.has(ref.collection) || entries.has(ref.id)) continue;
      const cached = this.cache?.lookup(ref.collection, ref.id);
      if (cached !== undefined) {
        entries.set(ref.id, { data: cached.data, position: cached.position, dirty: false, read: true });
        continue;
      }
      const ids = wanted.get(ref.collection) ?? new Set<string>();
      ids.add(ref.id);
      wanted.set(ref.collection, ids);
    }
    for (const [collection, ids] of wanted) {
      const { rows } = await this.reader.query<{ id: string; data: Document; position: string }>(
        `SELECT id, data, position FROM ${this.table(collection)} WHERE id = ANY($1::text[])`,
        [[...ids]],
      );
      const entries = this.collection(collection);
      for (const row of rows) entries.set(row.id, { data: row.data, position: Number(row.position), dirty: false, read: true });
      for (const id of ids) if (!entries.has(id)) entries.set(id, { data: null, position: 0, dirty: false, read: true });
    }
  }

  get<T extends Document>(collection: string, id: string): T | null {
    const entry = this.collection(collection).get(id);
    if (entry === undefined && !this.fullyLoaded.has(collection)) {
      throw new Error(`Projection read ${collection}/${id} without declaring it in needs()`);
    }
    return (entry?.data as T | null | undefined) ?? null;
  }

  all<T extends Document>(collection: string): Array<{ id: string; data: T }> {
    if (!this.fullyLoaded.has(collection)) throw new Error(`Projection listed ${collection} without an { all: true } need`);
    return [...this.collection(collection)].filter(([, entry]) => entry.data !== null).map(([id, entry]) => ({ id, data: entry.data as T }));
  }

  put(collection: string, id: string, data: Document, position: number): void {
    const entries = this.collection(collection);
    entries.set(id, { data, position, dirty: true, read: entries.get(id)?.read ?? false });
  }

  /** Writes the changed documents on `writer` (the reader by default), inside the caller's transaction. */
  async flush(writer: Queryable = this.reader): Promise<number> {
    const writes = this.takeWrites();
    await writeDocuments(writer, this.schema, writes);
    return writes.reduce((sum, write) => sum + write.count, 0);
  }

  /**
   * The changed documents, serialised now, and from then on counted as
   * written. Serialising at once means a later batch may go on evolving the
   * same objects while these rows are still on their way.
   */
  takeWrites(): CollectionWrite[] {
    const writes: CollectionWrite[] = [];
    for (const [collection, entries] of this.entries) {
      const dirty = [...entries].filter(([, entry]) => entry.dirty && entry.data !== null);
      if (dirty.length === 0) continue;
      // One JSON array of [id, data, position] rows: a single JSON.stringify, where text and jsonb arrays would have
      // the driver escape every document character by character.
      writes.push({ collection, rows: JSON.stringify(dirty.map(([id, entry]) => [id, entry.data, entry.position])), count: dirty.length });
      for (const [, entry] of dirty) entry.dirty = false;
    }
    return writes;
  }

  /** Hands every document the batch read or wrote, as the batch leaves it, to the cache. */
  rememberAll(): void {
    if (!this.cache) return;
    for (const [collection, entries] of this.entries) {
      for (const [id, entry] of entries) this.cache.remember(collection, id, { data: entry.data, position: entry.position }, entry.read);
    }
  }

  private async loadAll(collection: string): Promise<void> {
    const entries = this.collection(collection);
    // The cache may hold documents newer than the table: a batch still committing wrote them.
    for (const [id, known] of this.cache?.inCollection(collection) ?? []) {
      if (!entries.has(id)) entries.set(id, { data: known.data, position: known.position, dirty: false, read: true });
    }
    const { rows } = await this.reader.query<{ id: string; data: Document; position: string }>(`SELECT id, data, position FROM ${this.table(collection)}`);
    for (const row of rows) if (!entries.has(row.id)) entries.set(row.id, { data: row.data, position: Number(row.position), dirty: false, read: true });
    this.fullyLoaded.add(collection);
  }

  private collection(name: string): Map<string, Entry> {
    let entries = this.entries.get(name);
    if (!entries) {
      entries = new Map();
      this.entries.set(name, entries);
    }
    return entries;
  }

  private table(collection: string): string {
    return tableIn(this.schema, collection);
  }
}

/** Upserts each collection's rows in one statement, on a client the caller has in a transaction. */
export async function writeDocuments(writer: Queryable, schema: string, writes: readonly CollectionWrite[]): Promise<void> {
  for (const write of writes) await writer.query(upsertRows(schema, write.collection, '$1'), [write.rows]);
}

/**
 * The upsert of one collection's rows from the JSON array in `parameter`
 * (see CollectionWrite), writing only where `condition` holds.
 */
export function upsertRows(schema: string, collection: string, parameter: string, condition = 'true'): string {
  return `INSERT INTO ${tableIn(schema, collection)} (id, data, position)
    SELECT row ->> 0, row -> 1, (row ->> 2)::bigint FROM jsonb_array_elements(${parameter}::jsonb) AS row WHERE ${condition}
    ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, position = EXCLUDED.position`;
}

const tableIn = (schema: string, collection: string): string => `${sqlIdentifier(schema)}.${sqlIdentifier(tableName(collection))}`;
