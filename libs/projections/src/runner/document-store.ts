import type { PoolClient } from 'pg';
import { sqlIdentifier, tableName } from './collection';
import type { DocumentRef } from './projection';

export type Document = Record<string, unknown>;

/** The documents a batch reads and writes, inside the batch's transaction. */
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
}

/** Loads what a batch needs up front, keeps changes in memory, and writes them back in one statement per collection. */
export class BatchDocumentStore implements DocumentStore {
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly fullyLoaded = new Set<string>();

  constructor(
    private readonly client: PoolClient,
    private readonly schema: string,
  ) {}

  async prefetch(refs: readonly DocumentRef[]): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const ref of refs) {
      if ('all' in ref) {
        if (!this.fullyLoaded.has(ref.collection)) await this.loadAll(ref.collection);
        continue;
      }
      if (this.fullyLoaded.has(ref.collection) || this.collection(ref.collection).has(ref.id)) continue;
      const ids = wanted.get(ref.collection) ?? new Set<string>();
      ids.add(ref.id);
      wanted.set(ref.collection, ids);
    }
    for (const [collection, ids] of wanted) {
      const { rows } = await this.client.query<{ id: string; data: Document; position: string }>(
        `SELECT id, data, position FROM ${this.table(collection)} WHERE id = ANY($1::text[])`,
        [[...ids]],
      );
      const entries = this.collection(collection);
      for (const row of rows) entries.set(row.id, { data: row.data, position: Number(row.position), dirty: false });
      for (const id of ids) if (!entries.has(id)) entries.set(id, { data: null, position: 0, dirty: false });
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
    this.collection(collection).set(id, { data, position, dirty: true });
  }

  async flush(): Promise<number> {
    let written = 0;
    for (const [collection, entries] of this.entries) {
      const dirty = [...entries].filter(([, entry]) => entry.dirty && entry.data !== null);
      if (dirty.length === 0) continue;
      // One JSON array of [id, data, position] rows: a single JSON.stringify, where text and jsonb arrays would have
      // the driver escape every document character by character.
      await this.client.query(
        `INSERT INTO ${this.table(collection)} (id, data, position)
         SELECT row ->> 0, row -> 1, (row ->> 2)::bigint FROM jsonb_array_elements($1::jsonb) AS row
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, position = EXCLUDED.position`,
        [JSON.stringify(dirty.map(([id, entry]) => [id, entry.data, entry.position]))],
      );
      for (const [, entry] of dirty) entry.dirty = false;
      written += dirty.length;
    }
    return written;
  }

  private async loadAll(collection: string): Promise<void> {
    const { rows } = await this.client.query<{ id: string; data: Document; position: string }>(`SELECT id, data, position FROM ${this.table(collection)}`);
    const entries = this.collection(collection);
    for (const row of rows) if (!entries.has(row.id)) entries.set(row.id, { data: row.data, position: Number(row.position), dirty: false });
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
    return `${sqlIdentifier(this.schema)}.${sqlIdentifier(tableName(collection))}`;
  }
}
