import type { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { LoggedEvent } from './in-memory-log';

/** What a Read call asks for, decoded from the protobuf request. */
export type ReadRequest = StreamRead | AllRead | AllSubscription;

export interface StreamRead {
  kind: 'stream';
  streamName: string;
  /** Inclusive; 'start'/'end' follow the direction. */
  from: number | 'start' | 'end';
  backwards: boolean;
  count: number;
}

export interface AllRead {
  kind: 'all';
  from: AllFrom;
  backwards: boolean;
  count: number;
  filter: EventFilter;
}

export interface AllSubscription {
  kind: 'all-subscription';
  from: AllFrom;
  filter: EventFilter;
  /** A checkpoint is sent after this many scanned events (filtered subscriptions only). */
  checkpointEvery: number | undefined;
}

export type AllFrom = number | 'start' | 'end';
export type EventFilter = (event: LoggedEvent) => boolean;

/** The server's default search window when the client asks for `count` rather than `max`. */
const DEFAULT_SEARCH_WINDOW = 32;

export class UnsupportedReadError extends Error {}

export function decodeReadRequest(request: ReadReq): ReadRequest {
  const options = request.getOptions();
  if (!options) throw new UnsupportedReadError('Read request without options');
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const subscription = options.getCountOptionCase() === ReadReq.Options.CountOptionCase.SUBSCRIPTION;
  const count = Number(options.getCount());

  const stream = options.getStream();
  if (stream) {
    if (subscription) throw new UnsupportedReadError('Stream subscriptions are not implemented by the double');
    return { kind: 'stream', streamName: streamNameOf(stream.getStreamIdentifier()), from: streamFrom(stream), backwards, count };
  }
  const all = options.getAll();
  if (!all) throw new UnsupportedReadError('Read request for neither a stream nor $all');
  const filterOptions = options.getFilter();
  const filter = filterOptions ? decodeFilter(filterOptions) : () => true;
  if (subscription) {
    const window = filterOptions?.getWindowCase() === ReadReq.Options.FilterOptions.WindowCase.MAX ? filterOptions.getMax() : DEFAULT_SEARCH_WINDOW;
    const checkpointEvery = filterOptions ? Math.max(1, filterOptions.getCheckpointintervalmultiplier()) * window : undefined;
    return { kind: 'all-subscription', from: allFrom(all), filter, checkpointEvery };
  }
  return { kind: 'all', from: allFrom(all), backwards, count, filter };
}

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

function streamFrom(stream: ReadReq.Options.StreamOptions): StreamRead['from'] {
  switch (stream.getRevisionOptionCase()) {
    case ReadReq.Options.StreamOptions.RevisionOptionCase.REVISION:
      return Number(stream.getRevision());
    case ReadReq.Options.StreamOptions.RevisionOptionCase.END:
      return 'end';
    default:
      return 'start';
  }
}

function allFrom(all: ReadReq.Options.AllOptions): AllFrom {
  const position = all.getPosition();
  if (position) return Number(position.getCommitPosition());
  return all.getAllOptionCase() === ReadReq.Options.AllOptions.AllOptionCase.END ? 'end' : 'start';
}

/** A filter matches on the stream name or the event type, by regex or by any of several prefixes. */
function decodeFilter(options: ReadReq.Options.FilterOptions): EventFilter {
  const onStreamName = options.getFilterCase() === ReadReq.Options.FilterOptions.FilterCase.STREAM_IDENTIFIER;
  const expression = onStreamName ? options.getStreamIdentifier() : options.getEventType();
  if (!expression) throw new UnsupportedReadError('Filter without an expression');
  const field = (event: LoggedEvent): string => (onStreamName ? event.streamName : event.type);
  const prefixes = expression.getPrefixList();
  if (prefixes.length > 0) return (event) => prefixes.some((prefix) => field(event).startsWith(prefix));
  const regex = new RegExp(expression.getRegex());
  return (event) => regex.test(field(event));
}
