import type { Pool } from 'pg';
import type { StoredEvent } from '../event-store.port';
import { toStoredEvent } from './schema/event-row';
import { COUNT_EVENTS, READ_HASH_CHAIN_PAGE, type HashChainRow } from './schema/hash-chain.sql';

/** A stored event with the hash the store gave it (lowercase hex). */
export type ChainedEvent = StoredEvent & { hash: string };

/** The PostgreSQL event store's events with their stored hashes, stream by stream in revision order: what a hash-chain check walks. */
export class PostgresHashedEvents {
  constructor(private readonly pool: Pool) {}

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ total: string }>(COUNT_EVENTS);
    return Number(rows[0].total);
  }

  /** Up to `limit` events after `after` (null: from the first) in (stream, revision) order. */
  async page(after: { streamId: string; revision: number } | null, limit: number): Promise<ChainedEvent[]> {
    const { rows } = await this.pool.query<HashChainRow>(READ_HASH_CHAIN_PAGE, [after?.streamId ?? null, after?.revision ?? -1, limit]);
    return rows.map((row) => ({ ...toStoredEvent(row), hash: row.hash }));
  }
}
