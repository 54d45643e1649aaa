import { WrongExpectedVersionError, type AppendExpectedRevision, type EventStoreDBClient } from '@eventstore/db-client';
import { IdempotencyMismatchError, WrongExpectedRevisionError } from '../event-store.errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port';
import { toEventData } from './event-envelope';
import { exactlyAt, toClientExpectedRevision } from './expected-revision';
import { globalPositionOf } from './global-position';
import { locateStoredAppend, type StoredAppend } from './stored-append-locator';
import type { StreamEventReader } from './stream-event-reader';

/** Concurrent appenders with `any` each retry after losing a race; one of them wins every round. */
const MAX_ATTEMPTS = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends so that re-appending already stored event ids returns the original
 * result whatever revision the retry expects, as the port promises.
 * EventStoreDB's own deduplication cannot give that: with an exact revision
 * it only compares the ids right after that revision (a retry expecting the
 * current revision would store the events twice), and with `any` it is best
 * effort. So every append first looks for its ids in the stream (see
 * locateStoredAppend for the cost), then writes with a revision check:
 * the caller's own expectation, or for `any`/`stream_exists` the revision it
 * just saw, retried when another writer got in first (looking again only at
 * the events that writer added). The check is what keeps two identical
 * concurrent retries from both writing: the loser looks again and finds the
 * winner's events.
 */
export class IdempotentAppender {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly streams: StreamEventReader,
  ) {}

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    assertAppendable(streamId, events);
    const exact = expected !== 'any' && expected !== 'stream_exists';
    let checkedUpTo = -1;
    for (let attempt = 1; ; attempt += 1) {
      const stored = await this.lookUp(streamId, events, checkedUpTo);
      if (stored.kind === 'stored') return stored.result;
      checkedUpTo = stored.lastRevision;
      if (expected === 'stream_exists' && stored.lastRevision < 0) throw new WrongExpectedRevisionError(streamId, expected, -1);
      try {
        return await this.write(streamId, events, exact ? toClientExpectedRevision(expected) : exactlyAt(stored.lastRevision));
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (exact || attempt >= MAX_ATTEMPTS) return this.originalOrConflict(streamId, events, expected, error, checkedUpTo);
      }
    }
  }

  private async write(streamId: string, events: readonly EventToAppend[], expectedRevision: AppendExpectedRevision): Promise<AppendResult> {
    const written = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision });
    if (written.position) {
      return { nextExpectedRevision: Number(written.nextExpectedRevision), position: globalPositionOf(written.position, events[events.length - 1].eventId) };
    }
    // The server recognised a repeat and reports no position: the original result is in the stream.
    const stored = await this.lookUp(streamId, events);
    if (stored.kind !== 'stored') throw new Error(`Stream ${streamId}: the server acknowledged an append it did not store`);
    return stored.result;
  }

  /** After a lost race: the winner may have been an identical retry, whose result is ours too. */
  private async originalOrConflict(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    conflict: WrongExpectedVersionError,
    checkedUpTo: number,
  ): Promise<AppendResult> {
    const stored = await this.lookUp(streamId, events, checkedUpTo);
    if (stored.kind === 'stored') return stored.result;
    const actual = typeof conflict.actualVersion === 'bigint' ? Number(conflict.actualVersion) : -1;
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }

  /** `checkedUpTo`: revisions up to it are known to hold none of the ids (-1: look everywhere). */
  private async lookUp(streamId: string, events: readonly EventToAppend[], checkedUpTo = -1): Promise<Exclude<StoredAppend, { kind: 'partly-stored' }>> {
    const stored = await locateStoredAppend(this.streams, streamId, events, checkedUpTo);
    if (stored.kind === 'partly-stored') throw new IdempotencyMismatchError(streamId, events.map((event) => event.eventId));
    return stored;
  }
}

/** The same preconditions as the PostgreSQL adapter, checked before anything reaches the server. */
function assertAppendable(streamId: string, events: readonly EventToAppend[]): void {
  if (streamId.length === 0) throw new RangeError('streamId must not be empty');
  if (events.length === 0) throw new RangeError(`Stream ${streamId}: an append needs at least one event`);
  const ids = new Set(events.map((event) => event.eventId.toLowerCase()));
  if (ids.size !== events.length) throw new RangeError(`Stream ${streamId}: an append must not repeat an event id`);
  for (const event of events) {
    if (!UUID.test(event.eventId)) throw new TypeError(`eventId must be a UUID, got ${event.eventId}`);
    if (!Number.isInteger(event.version)) throw new RangeError(`Event ${event.eventId}: version must be an integer, got ${event.version}`);
  }
}
