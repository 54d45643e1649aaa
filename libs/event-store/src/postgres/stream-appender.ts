import type { Pool } from 'pg';
import { IdempotencyMismatchError, WrongExpectedRevisionError } from '../event-store.errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port';
import { canonicalEventBody } from './event-hash';
import { isTransientDatabaseError } from './transient-error';

export interface AppendOutcome {
  result: AppendResult;
  /** False when the events were stored already and the original result came back. */
  written: boolean;
}

/**
 * Appends through shiji_append: one statement, hence one round trip and one
 * implicit transaction per append (see migrations/append-function.sql.ts).
 * Lost races and dropped connections are retried a few times.
 */
export class StreamAppender {
  constructor(private readonly pool: Pool) {}

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendOutcome> {
    assertAppendable(streamId, events);
    const expectedText = expectedRevisionText(expected);
    const bodies = events.map((event) => canonicalEventBody({ ...event, streamId, eventId: canonicalUuid(event.eventId) }));
    for (let attempt = 1; ; attempt += 1) {
      let row: AppendRow;
      try {
        ({ rows: [row] } = await this.pool.query<AppendRow>({ name: 'shiji_append', text: APPEND, values: [streamId, expectedText, bodies] }));
      } catch (error) {
        // Running again is safe because the event ids make it idempotent: if a dropped connection hid a
        // commit, the retry returns the original result. After a lost race (LOST_RACE_SQLSTATES) it sees
        // the winner and answers properly: idempotent, a conflict, or (for 'any') success.
        const raced = lostRace(error);
        if (!raced && !isTransientDatabaseError(error)) throw error;
        if (attempt === MAX_ATTEMPTS) throw raced ? new WrongExpectedRevisionError(streamId, expected, await this.lastRevision(streamId)) : error;
        if (!raced) await delay(RETRY_DELAY_MS * attempt);
        continue;
      }
      return outcomeOf(row, streamId, expected);
    }
  }

  private async lastRevision(streamId: string): Promise<number> {
    const { rows } = await this.pool.query<{ revision: number | null }>('SELECT max(revision) AS revision FROM shiji_events WHERE stream_id = $1', [streamId]);
    return rows[0].revision ?? -1;
  }
}

const MAX_ATTEMPTS = 5;
const RETRY_DELAY_MS = 50;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const APPEND = 'SELECT outcome, next_expected_revision, last_position, actual_revision, stored_event_ids FROM shiji_append($1, $2, $3)';

interface AppendRow {
  outcome: 'appended' | 'idempotent' | 'wrong_expected_revision' | 'idempotency_mismatch';
  next_expected_revision: number | null;
  last_position: string | null;
  actual_revision: number | null;
  stored_event_ids: string[] | null;
}

function outcomeOf(row: AppendRow, streamId: string, expected: ExpectedRevision): AppendOutcome {
  switch (row.outcome) {
    case 'appended':
    case 'idempotent':
      return {
        result: { nextExpectedRevision: Number(row.next_expected_revision), position: Number(row.last_position) },
        written: row.outcome === 'appended',
      };
    case 'wrong_expected_revision':
      throw new WrongExpectedRevisionError(streamId, expected, Number(row.actual_revision));
    case 'idempotency_mismatch':
      throw new IdempotencyMismatchError(streamId, row.stored_event_ids ?? []);
    default: {
      const unexpected: never = row.outcome;
      throw new Error(`shiji_append returned an unknown outcome: ${String(unexpected)}`);
    }
  }
}

// unique_violation; deadlock_detected (two appends inserting each other's event ids); serialization_failure
// (only when the database's default isolation level is above READ COMMITTED).
const LOST_RACE_SQLSTATES = new Set(['23505', '40P01', '40001']);

function lostRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && LOST_RACE_SQLSTATES.has(code);
}

function expectedRevisionText(expected: ExpectedRevision): string {
  if (expected === 'no_stream' || expected === 'stream_exists' || expected === 'any') return expected;
  if (Number.isInteger(expected) && expected >= 0) return String(expected);
  throw new RangeError(`expectedRevision must be 'no_stream', 'stream_exists', 'any' or a revision >= 0, got ${String(expected)}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// PostgreSQL prints a uuid in lowercase; the hashed body must hold the id as stored.
function canonicalUuid(eventId: string): string {
  if (!UUID.test(eventId)) throw new TypeError(`eventId must be a UUID, got ${eventId}`);
  return eventId.toLowerCase();
}

function assertAppendable(streamId: string, events: readonly EventToAppend[]): void {
  if (streamId.length === 0) throw new RangeError('streamId must not be empty');
  if (events.length === 0) throw new RangeError(`Stream ${streamId}: an append needs at least one event`);
  const ids = new Set(events.map((event) => event.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new RangeError(`Stream ${streamId}: an append must not repeat an event id`);
  for (const event of events) {
    if (!Number.isInteger(event.version)) throw new RangeError(`Event ${event.eventId}: version must be an integer, got ${event.version}`);
  }
}
