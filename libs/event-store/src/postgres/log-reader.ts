import type { Pool } from 'pg';
import type { LogFilter, StoredEvent } from '../event-store.port';
import { toStoredEvent, type EventRow } from './schema/event-row';
import { READ_BATCH, READ_HEAD, READ_LAST_COMMITTED, READ_LOG } from './schema/log.sql';

/**
 * Reads the global log below the visibility horizon: only events of
 * transactions older than the oldest one still running (see
 * schema/migrations/reserve-positions.sql.ts for why that makes `position > p`
 * reads skip nothing). Filters run in SQL.
 */
export class LogReader {
  constructor(private readonly pool: Pool) {}

  async read(after: number, limit: number | null, filter: LogFilter | undefined): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(READ_LOG, [after, limit, ...filterParameters(filter)]);
    return rows.map(toStoredEvent);
  }

  /**
   * A subscription's read: the next events matching the filter, and the
   * highest visible position of any event after `after`, from one snapshot.
   * When fewer than `limit` events come back, every visible event up to that
   * head has been considered, and nothing below it can still appear, so the
   * reader may resume from the head and skip the events its filter refused.
   */
  async readBatch(after: number, limit: number, filter: LogFilter | undefined): Promise<LogBatch> {
    const { rows } = await this.pool.query<BatchRow>(READ_BATCH, [after, limit, ...filterParameters(filter)]);
    const events = rows.filter((row) => row.position !== null).map((row) => toStoredEvent(row as EventRow));
    const head = rows[0]?.visible_head;
    return { events, visibleHead: head === null || head === undefined ? after : Number(head) };
  }

  async head(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string }>(READ_HEAD);
    return Number(rows[0].head);
  }

  /** The highest committed position, visible to subscribers or not yet. */
  async lastCommitted(): Promise<number> {
    const { rows } = await this.pool.query<{ last: string }>(READ_LAST_COMMITTED);
    return Number(rows[0].last);
  }
}

export interface LogBatch {
  events: StoredEvent[];
  /** Highest position visible after `after` (any event, filtered or not); `after` when none. */
  visibleHead: number;
}

type BatchRow = { [Column in keyof EventRow]: EventRow[Column] | null } & { visible_head: string | null };

function filterParameters(filter: LogFilter | undefined): [readonly string[] | null, readonly string[] | null] {
  return [filter?.eventTypes ?? null, filter?.streamPrefixes ?? null];
}
