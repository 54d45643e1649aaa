import type { Pool } from 'pg';
import { assertAppendable } from '../append-preconditions';
import { IdempotencyMismatchError, WrongExpectedRevisionError } from '../event-store.errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port';
import { canonicalEventBody } from './event-hash';
import { isTransientDatabaseError } from '@shiji/postgres';
import { APPEND_BATCH, type AppendRow } from './schema/append.sql';
import { READ_LAST_REVISION } from './schema/stream.sql';

export interface AppendOutcome {
  result: AppendResult;
  /** False when the events were stored already and the original result came back. */
  written: boolean;
}

export interface GroupingLimits {
  /** Append statements running at once; appends arriving meanwhile wait and go together in the next one. */
  maxInFlight: number;
  /** Most appends in one statement. */
  maxAppends: number;
}

/**
 * Two statements at once: while one commits (waiting for the WAL flush) the
 * other is under way, and the appends arriving meanwhile form the next batch.
 */
const DEFAULT_LIMITS: GroupingLimits = { maxInFlight: 2, maxAppends: 64 };

interface AppendRequest {
  streamId: string;
  expected: ExpectedRevision;
  expectedText: string;
  bodies: string[];
}

interface Pending {
  request: AppendRequest;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

/**
 * Appends through shiji_append_batch: one statement, hence one round trip
 * and one implicit transaction per call (see
 * schema/migrations/append-batch-function.sql.ts).
 *
 * Group append: at most `maxInFlight` statements run at once, and appends
 * that arrive while they do are sent together in the next one, each with
 * its own expected revision and its own outcome. A lone append goes at once,
 * so an idle store adds no latency; under load one transaction, one position
 * reservation and one commit serve many appends. Appends to one stream go
 * one at a time, in the order they arrived: a batch never holds two (they
 * would be checked against the same revision), and a stream's next append
 * waits until the statement with its previous one has finished.
 *
 * If a batch fails as a whole (a lost race for an event id, a dropped
 * connection), each of its appends is sent again on its own, with the
 * retries below. That is safe because event ids make appends idempotent.
 */
export class StreamAppender {
  private waiting: Pending[] = [];
  /** Streams with an append in a statement under way. */
  private readonly busyStreams = new Set<string>();
  private inFlight = 0;

  constructor(
    private readonly pool: Pool,
    private readonly limits: GroupingLimits = DEFAULT_LIMITS,
  ) {}

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendOutcome> {
    assertAppendable(streamId, events);
    const request: AppendRequest = {
      streamId,
      expected,
      expectedText: expectedRevisionText(expected),
      // PostgreSQL prints a uuid in lowercase; the hashed body must hold the id as stored.
      bodies: events.map((event) => canonicalEventBody({ ...event, streamId, eventId: event.eventId.toLowerCase() })),
    };
    return await new Promise<AppendOutcome>((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.sendWhileFree();
    });
  }

  private sendWhileFree(): void {
    while (this.inFlight < this.limits.maxInFlight && this.waiting.length > 0) {
      const batch = this.nextBatch();
      // Everything waiting is for streams with an append in flight.
      if (batch.length === 0) return;
      const streams = batch.map((pending) => pending.request.streamId);
      for (const streamId of streams) this.busyStreams.add(streamId);
      this.inFlight += 1;
      void this.send(batch)
        // send() settles every append itself; should it ever throw, no caller is left waiting (settling twice is a no-op).
        .catch((error: unknown) => batch.forEach((pending) => pending.reject(error)))
        .finally(() => {
          for (const streamId of streams) this.busyStreams.delete(streamId);
          this.inFlight -= 1;
          this.sendWhileFree();
        });
    }
  }

  /**
   * The oldest waiting appends, one per stream, in arrival order, leaving out
   * streams with an append in flight: a stream's appends run one after the
   * other in the order they arrived. The rest keep their places.
   */
  private nextBatch(): Pending[] {
    const batch: Pending[] = [];
    const streams = new Set<string>();
    const left: Pending[] = [];
    let index = 0;
    for (; index < this.waiting.length && batch.length < this.limits.maxAppends; index += 1) {
      const pending = this.waiting[index];
      const { streamId } = pending.request;
      if (streams.has(streamId) || this.busyStreams.has(streamId)) {
        left.push(pending);
      } else {
        streams.add(streamId);
        batch.push(pending);
      }
    }
    this.waiting = index === this.waiting.length ? left : left.concat(this.waiting.slice(index));
    return batch;
  }

  private async send(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return settle(batch[0], () => this.appendAlone(batch[0].request));
    let rows: AppendRow[];
    try {
      ({ rows } = await this.pool.query<AppendRow>({ name: 'shiji_append_batch', text: APPEND_BATCH, values: batchValues(batch.map((pending) => pending.request)) }));
    } catch {
      // Nothing of a failed statement was committed, or (a dropped connection hiding a commit) all of it was
      // and the ids make each retry idempotent. Alone, each append retries and reports its own outcome.
      await Promise.all(batch.map((pending) => settle(pending, () => this.appendAlone(pending.request))));
      return;
    }
    const answered = new Set<Pending>();
    for (const row of rows) {
      const pending = batch[row.item - 1];
      if (pending === undefined || answered.has(pending)) continue;
      answered.add(pending);
      void settle(pending, () => outcomeOf(row, pending.request.streamId, pending.request.expected));
    }
    // Never leave a caller waiting: an append the function did not answer is reported, not dropped.
    for (const pending of batch) {
      if (!answered.has(pending)) pending.reject(new Error(`shiji_append_batch answered ${rows.length} rows for ${batch.length} appends; stream ${pending.request.streamId} got none`));
    }
  }

  /** One append as a batch of one, retrying lost races and dropped connections a few times. */
  private async appendAlone(request: AppendRequest): Promise<AppendOutcome> {
    const { streamId, expected } = request;
    for (let attempt = 1; ; attempt += 1) {
      let row: AppendRow;
      try {
        ({ rows: [row] } = await this.pool.query<AppendRow>({ name: 'shiji_append_batch', text: APPEND_BATCH, values: batchValues([request]) }));
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
    const { rows } = await this.pool.query<{ revision: number | null }>(READ_LAST_REVISION, [streamId]);
    return rows[0].revision ?? -1;
  }
}

/** Resolves the append with what `work` gives, or rejects it with what `work` throws; never throws itself. */
async function settle(pending: Pending, work: () => AppendOutcome | Promise<AppendOutcome>): Promise<void> {
  try {
    pending.resolve(await work());
  } catch (error) {
    pending.reject(error);
  }
}

function batchValues(requests: readonly AppendRequest[]): unknown[] {
  return [
    requests.map((request) => request.streamId),
    requests.map((request) => request.expectedText),
    requests.map((request) => request.bodies.length),
    requests.flatMap((request) => request.bodies),
  ];
}

const MAX_ATTEMPTS = 5;
const RETRY_DELAY_MS = 50;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
