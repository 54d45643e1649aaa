import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ActiveSubscriptions } from './active-subscriptions';
import { createBatchAppendHandler } from './batch-append-handler';
import { InMemoryLog } from './in-memory-log';
import { createReadHandler, StreamReadCounts } from './read-handler';
import { createSupportedMethodsHandler } from './server-features';

const STOP_GRACE_MS = 1000;

/**
 * An in-process stand-in for a single insecure EventStoreDB node, speaking the
 * gRPC protocol through the client package's own service definitions, with
 * everything in memory. It implements what @eventstore/db-client needs:
 * ServerFeatures (which makes the client append through BatchAppend),
 * BatchAppend, and Read for streams, for $all (filtered or not) and for $all
 * catch-up subscriptions. Gossip is not needed: an `esdb://host:port` string
 * without `+discover` connects straight to the node. Other calls, including
 * the older unary Append, answer UNIMPLEMENTED.
 */
export class EventStoreDbDouble {
  private stopped: Promise<void> | undefined;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly log: InMemoryLog,
    private readonly subscriptions: ActiveSubscriptions,
    /** Events returned by reads of each stream since the double started (or the last reset()). */
    readonly streamReads: StreamReadCounts,
  ) {}

  static async start(): Promise<EventStoreDbDouble> {
    const log = new InMemoryLog();
    const subscriptions = new ActiveSubscriptions();
    const streamReads = new StreamReadCounts();
    const server = new Server();
    server.addService(StreamsService, { read: createReadHandler(log, subscriptions, streamReads), batchAppend: createBatchAppendHandler(log) });
    server.addService(ServerFeaturesService, { getSupportedMethods: createSupportedMethodsHandler() });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, boundPort) => (error ? reject(error) : resolve(boundPort))),
    );
    return new EventStoreDbDouble(server, port, log, subscriptions, streamReads);
  }

  /** Single node, no TLS, no discovery: the client talks to this address directly. */
  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Where each $all subscription opened so far began (an exclusive position, or start/end), re-subscriptions included. */
  get subscriptionStarts(): readonly (number | 'start' | 'end')[] {
    return this.subscriptions.startPositions;
  }

  get activeSubscriptions(): number {
    return this.subscriptions.active;
  }

  /** Ends every live subscription with an error status; returns how many were dropped. */
  dropSubscriptions(code: status = status.ABORTED): number {
    return this.subscriptions.dropAll(code);
  }

  /** Drops every live subscription right after `afterEvents` more events have been sent to subscribers; several calls queue up. */
  dropSubscriptionsAfter(afterEvents: number, code: status = status.ABORTED): void {
    this.subscriptions.dropAfter(afterEvents, code);
  }

  /** Drops armed by dropSubscriptionsAfter that have not happened yet. */
  get pendingDrops(): number {
    return this.subscriptions.pendingDrops;
  }

  /** Closes gracefully, or forcibly when clients still hold calls open after a short grace period. Idempotent. */
  stop(): Promise<void> {
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  private async shutDown(): Promise<void> {
    this.subscriptions.dropAll(status.UNAVAILABLE);
    const grace = setTimeout(() => this.server.forceShutdown(), STOP_GRACE_MS);
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    clearTimeout(grace);
  }
}
