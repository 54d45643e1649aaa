import type { Pool } from 'pg';
import type { ReadStreamOptions, StoredEvent } from '../event-store.port';
import { limitOf } from './read-limits';
import { toStoredEvent, type EventRow } from './schema/event-row';
import { READ_STREAM_BACKWARDS, READ_STREAM_FORWARDS } from './schema/stream.sql';

/**
 * Reads one stream by revision. No visibility horizon here: a command
 * handler loads a stream to append after its last committed event, so it
 * must see every committed event, however old the oldest running
 * transaction is.
 */
export class StreamReader {
  constructor(private readonly pool: Pool) {}

  async read(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? MAX_REVISION : 0);
    // Named prepared statements: a stream read is planned once per connection (the plan is always the (stream_id, revision) index).
    const { rows } = await this.pool.query<EventRow>({
      name: backwards ? 'shiji_read_stream_backwards' : 'shiji_read_stream_forwards',
      text: backwards ? READ_STREAM_BACKWARDS : READ_STREAM_FORWARDS,
      values: [streamId, from, limitOf(options.maxCount)],
    });
    return rows.map(toStoredEvent);
  }
}

const MAX_REVISION = 2_147_483_647;
