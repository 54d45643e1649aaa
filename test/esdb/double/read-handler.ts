import { randomUUID } from 'node:crypto';
import { status, type handleServerStreamingCall, type ServerWritableStream } from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { ActiveSubscriptions } from './active-subscriptions';
import { writeWithBackpressure } from './call-writes';
import type { InMemoryLog, LoggedEvent } from './in-memory-log';
import { caughtUpMessage, checkpointMessage, confirmationMessage, eventMessage, streamNotFoundMessage } from './messages';
import { decodeReadRequest, UnsupportedReadError, type AllFrom, type AllRead, type AllSubscription, type StreamRead } from './read-request';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** Streams.Read: reads of one stream, reads of $all, and catch-up subscriptions to $all. */
export function createReadHandler(log: InMemoryLog, subscriptions: ActiveSubscriptions, served = new StreamReadCounts()): handleServerStreamingCall<ReadReq, ReadResp> {
  return (call) => {
    serveRead(log, subscriptions, call, served).catch((error: unknown) => {
      const unsupported = error instanceof UnsupportedReadError;
      call.emit('error', { code: unsupported ? status.UNIMPLEMENTED : status.INTERNAL, details: error instanceof Error ? error.message : String(error) });
    });
  };
}

/** How many events stream reads have returned, per stream: what a client's reads of one stream cost. */
export class StreamReadCounts {
  private readonly counts = new Map<string, number>();

  of(streamName: string): number {
    return this.counts.get(streamName) ?? 0;
  }

  add(streamName: string, events: number): void {
    this.counts.set(streamName, this.of(streamName) + events);
  }

  reset(): void {
    this.counts.clear();
  }
}

async function serveRead(log: InMemoryLog, subscriptions: ActiveSubscriptions, call: ReadCall, served: StreamReadCounts): Promise<void> {
  const request = decodeReadRequest(call.request);
  if (request.kind === 'all-subscription') return serveSubscription(log, subscriptions, call, request);
  const cancelled = new AbortController();
  call.on('cancelled', () => cancelled.abort());
  const messages = request.kind === 'stream' ? readStream(log, request) : readAll(log, request);
  if (request.kind === 'stream') served.add(request.streamName, messages.filter((message) => message.hasEvent()).length);
  for (const message of messages) await writeWithBackpressure(call, message, cancelled.signal);
  call.end();
}

function readStream(log: InMemoryLog, request: StreamRead): ReadResp[] {
  const stream = log.stream(request.streamName);
  if (!stream) return [streamNotFoundMessage(request.streamName)];
  const last = stream.length - 1;
  const from = request.from === 'start' ? (request.backwards ? -1 : 0) : request.from === 'end' ? (request.backwards ? last : stream.length) : request.from;
  const selected = request.backwards ? stream.slice(0, Math.min(from, last) + 1).reverse() : stream.slice(from);
  return selected.slice(0, request.count).map((event) => eventMessage(event, { withAllPosition: false }));
}

/** Forwards from a position is inclusive; backwards from a position returns what lies before it. */
function readAll(log: InMemoryLog, request: AllRead): ReadResp[] {
  const events = log.all();
  const ordered = request.backwards
    ? events.filter((event) => isBefore(event, request.from)).reverse()
    : events.filter((event) => isAtOrAfter(event, request.from));
  return ordered
    .filter(request.filter)
    .slice(0, request.count)
    .map((event) => eventMessage(event, { withAllPosition: true }));
}

function isBefore(event: LoggedEvent, from: AllFrom): boolean {
  return from === 'end' || (from !== 'start' && event.position < from);
}

function isAtOrAfter(event: LoggedEvent, from: AllFrom): boolean {
  return from === 'start' || (from !== 'end' && event.position >= from);
}

/**
 * Confirmation, then the history strictly after the requested position, a
 * caught-up marker, then live events as they are appended. One cursor over the
 * log serves both phases, so nothing falls between catch-up and live. Filtered
 * subscriptions also get a checkpoint after every `checkpointEvery` scanned events.
 */
async function serveSubscription(log: InMemoryLog, subscriptions: ActiveSubscriptions, call: ReadCall, request: AllSubscription): Promise<void> {
  const ended = new AbortController();
  call.on('cancelled', () => ended.abort());
  const drop = (code: status, details: string): void => {
    ended.abort();
    call.emit('error', { code, details });
  };
  const unregister = subscriptions.add({ drop }, request.from);
  try {
    await writeWithBackpressure(call, confirmationMessage(randomUUID()), ended.signal);
    let index = firstIndexAfter(log, request.from);
    let scanned = 0;
    let caughtUp = false;
    while (!ended.signal.aborted) {
      const event = log.at(index);
      if (!event) {
        if (!caughtUp) await writeWithBackpressure(call, caughtUpMessage(), ended.signal);
        caughtUp = true;
        await log.waitForMoreThan(index, ended.signal);
        continue;
      }
      index += 1;
      scanned += 1;
      if (request.filter(event)) {
        await writeWithBackpressure(call, eventMessage(event, { withAllPosition: true }), ended.signal);
        subscriptions.eventSent();
      }
      if (request.checkpointEvery && scanned % request.checkpointEvery === 0) {
        await writeWithBackpressure(call, checkpointMessage(event.position), ended.signal);
      }
    }
  } finally {
    unregister();
  }
}

function firstIndexAfter(log: InMemoryLog, from: AllFrom): number {
  if (from === 'start') return 0;
  if (from === 'end') return log.length;
  const index = log.all().findIndex((event) => event.position > from);
  return index === -1 ? log.length : index;
}
