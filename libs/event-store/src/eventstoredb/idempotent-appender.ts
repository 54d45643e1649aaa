import { WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';
import { assertAppendable } from '../append-preconditions';
import { IdempotencyMismatchError, WrongExpectedRevisionError } from '../event-store.errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port';
import { toEventData } from './event-envelope';
import { exactlyAt } from './expected-revision';
import { globalPositionOf } from './global-position';
import { StoredAppendLocator, type StoredAppend } from './stored-append-locator';
import type { StreamEventReader } from './stream-event-reader';

/** Concurrent appenders with `any` each retry after losing a race; one of them wins every round. */
const MAX_ATTEMPTS = 100;

/** With `any`/`stream_exists`, how many of the stream's newest events a repeat is looked for among, at least. */
export const DEFAULT_REPLAY_LOOKBACK = 64;

/**
 * Appends so that re-appending already stored event ids returns the original
 * result instead of storing them twice, as the port promises, while reading
 * only a few events of the stream, however long it is.
 *
 * EventStoreDB's own deduplication covers only part of it: with an exact
 * revision r it compares the ids stored right after r (so a repeat whose
 * original was written expecting r is recognised), but a repeat expecting
 * the stream's current revision, as a handler sends once it has reloaded the
 * stream its original write extended, would be stored a second time; with
 * `any` it is best effort. So:
 *
 * - Exact revision r (`no_stream` is -1; what the service always sends): read
 *   the stream's last n events (n = the append's size) — a repeat expecting
 *   the current revision is there — and append with r. Only when the stream
 *   has moved past r (seen in that read, or as WrongExpectedVersion from the
 *   server) is it scanned forwards from r - n + 1 for the ids: a replay
 *   returns the original result, anything else is WrongExpectedRevisionError
 *   with the actual revision.
 * - `any` / `stream_exists`: look for the ids among the stream's newest
 *   max(n, replayLookback) events, then write expecting exactly the last
 *   revision seen, so two identical concurrent retries cannot both write; the
 *   loser looks again and finds the winner's events. A repeat whose original
 *   has since been buried deeper than the lookback is not recognised: the
 *   bound that keeps these appends from reading whole streams.
 */
export class IdempotentAppender {
  private readonly locator: StoredAppendLocator;

  constructor(
    private readonly client: EventStoreDBClient,
    streams: StreamEventReader,
    private readonly replayLookback = DEFAULT_REPLAY_LOOKBACK,
  ) {
    this.locator = new StoredAppendLocator(streams);
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    assertAppendable(streamId, events);
    if (expected === 'any' || expected === 'stream_exists') return this.appendToLatest(streamId, events, expected);
    return this.appendAt(streamId, events, expected === 'no_stream' ? -1 : expected, expected);
  }

  /** An exact expectation: `revision` is the stream's last revision the caller saw (-1: no stream). */
  private async appendAt(streamId: string, events: readonly EventToAppend[], revision: number, expected: ExpectedRevision): Promise<AppendResult> {
    const tail = await this.locator.tail(streamId, events.length);
    const atTail = settled(streamId, events, await this.locator.among(streamId, events, tail));
    if (atTail) return atTail;
    const last = tail[0]?.revision ?? -1;
    if (last !== revision) return this.replayOrConflict(streamId, events, revision, expected, last);
    try {
      return await this.write(streamId, events, revision);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      return this.replayOrConflict(streamId, events, revision, expected, actualOf(error));
    }
  }

  /** The stream is not at the expected revision: the ids may be stored just around it (a replay), or this is a conflict. */
  private async replayOrConflict(
    streamId: string,
    events: readonly EventToAppend[],
    revision: number,
    expected: ExpectedRevision,
    actual: number,
  ): Promise<AppendResult> {
    const stored = settled(streamId, events, await this.locator.forwardFrom(streamId, events, revision - events.length + 1));
    if (stored) return stored;
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }

  private async appendToLatest(streamId: string, events: readonly EventToAppend[], expected: 'any' | 'stream_exists'): Promise<AppendResult> {
    const lookback = Math.max(events.length, this.replayLookback);
    for (let attempt = 1; ; attempt += 1) {
      const newest = await this.locator.tail(streamId, lookback);
      const stored = settled(streamId, events, await this.locator.among(streamId, events, newest));
      if (stored) return stored;
      const last = newest[0]?.revision ?? -1;
      if (expected === 'stream_exists' && last < 0) throw new WrongExpectedRevisionError(streamId, expected, -1);
      try {
        return await this.write(streamId, events, last);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new WrongExpectedRevisionError(streamId, expected, actualOf(error));
      }
    }
  }

  /** Appends expecting exactly `revision` (-1: no stream). */
  private async write(streamId: string, events: readonly EventToAppend[], revision: number): Promise<AppendResult> {
    const written = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision: exactlyAt(revision) });
    if (written.position) {
      return { nextExpectedRevision: Number(written.nextExpectedRevision), position: globalPositionOf(written.position, events[events.length - 1].eventId) };
    }
    // The server recognised a repeat of an append written right after `revision` and reports no position: the original is there.
    const stored = settled(streamId, events, await this.locator.forwardFrom(streamId, events, revision + 1));
    if (!stored) throw new Error(`Stream ${streamId}: the server acknowledged an append it did not store`);
    return stored;
  }
}

/** The original result of a repeat, undefined when the ids are absent; a partly stored append is refused. */
function settled(streamId: string, events: readonly EventToAppend[], stored: StoredAppend): AppendResult | undefined {
  if (stored.kind === 'partly-stored') throw new IdempotencyMismatchError(streamId, events.map((event) => event.eventId));
  return stored.kind === 'stored' ? stored.result : undefined;
}

function actualOf(conflict: WrongExpectedVersionError): number {
  return typeof conflict.actualVersion === 'bigint' ? Number(conflict.actualVersion) : -1;
}
