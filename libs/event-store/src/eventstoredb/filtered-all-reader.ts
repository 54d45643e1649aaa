import type { CallOptions, Metadata } from '@grpc/grpc-js';
import { BACKWARDS, type BaseOptions, type Direction, type EventStoreDBClient, type ReadPosition } from '@eventstore/db-client';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEnvelope } from './event-envelope';
import type { ServerFilter } from './log-filter';
import { recordedEventFromProto } from './recorded-event-from-proto';

/**
 * The protected members of the client through which its own commands reach
 * the server (the library builds readAll the same way). We use them because
 * the gRPC Read call accepts a server-side filter for $all reads but this
 * client's readAll does not expose it; going through them keeps the
 * client's channel, credentials, deadlines and reconnection handling.
 */
interface ClientCommandInternals {
  execute<T>(grpcClient: typeof StreamsClient, debugName: string, action: (streams: StreamsClient) => Promise<T>): Promise<T>;
  callArguments(options: BaseOptions, callOptions?: Partial<CallOptions>): [Metadata, Partial<CallOptions>];
}

export interface FilteredAllRead {
  from: ReadPosition;
  direction: Direction;
  /** How many events matching the filter to return at most. */
  maxCount: number;
  filter: ServerFilter;
}

export class FilteredAllReader {
  private readonly internals: ClientCommandInternals;

  constructor(client: EventStoreDBClient) {
    this.internals = client as unknown as ClientCommandInternals;
  }

  read(request: FilteredAllRead): Promise<RecordedEnvelope[]> {
    const message = readRequest(request);
    return this.internals.execute(StreamsClient, 'readAll', (streams) => {
      const call = streams.read(message, ...this.internals.callArguments({}, { deadline: Infinity }));
      return new Promise<RecordedEnvelope[]>((resolve, reject) => {
        const events: RecordedEnvelope[] = [];
        call.on('data', (response: ReadResp) => {
          const recorded = response.getEvent()?.getEvent();
          if (recorded) events.push(recordedEventFromProto(recorded));
        });
        call.on('error', reject);
        call.on('end', () => resolve(events));
      });
    });
  }
}

function readRequest({ from, direction, maxCount, filter }: FilteredAllRead): ReadReq {
  const all = new ReadReq.Options.AllOptions();
  if (from === 'start') all.setStart(new Empty());
  else if (from === 'end') all.setEnd(new Empty());
  else all.setPosition(new ReadReq.Options.Position().setCommitPosition(from.commit.toString()).setPreparePosition(from.prepare.toString()));

  const expression = new ReadReq.Options.FilterOptions.Expression();
  if ('prefixes' in filter) expression.setPrefixList(filter.prefixes);
  else expression.setRegex(filter.regex);
  const filterOptions = new ReadReq.Options.FilterOptions().setCount(new Empty()).setCheckpointintervalmultiplier(1);
  if (filter.on === 'eventType') filterOptions.setEventType(expression);
  else filterOptions.setStreamIdentifier(expression);

  const options = new ReadReq.Options()
    .setAll(all)
    .setReadDirection(direction === BACKWARDS ? ReadReq.Options.ReadDirection.BACKWARDS : ReadReq.Options.ReadDirection.FORWARDS)
    .setResolveLinks(false)
    .setCount(String(maxCount))
    .setFilter(filterOptions)
    .setUuidOption(new ReadReq.Options.UUIDOption().setString(new Empty()));
  return new ReadReq().setOptions(options);
}
