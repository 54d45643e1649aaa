/**
 * The event store port. Both adapters (PostgreSQL, EventStoreDB) implement it
 * and both pass the contract suite in test/contract.
 *
 * Positions: every stored event has a global `position` (a positive integer,
 * strictly increasing in the order subscribers see events) and a per-stream
 * `revision` (0, 1, 2, … with no gaps).
 */

/** Who caused an event and why: carried by every event. */
export interface EventMetadata {
  occurredAt: string;
  actor: { id: string; role: string };
  communityId?: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  [key: string]: unknown;
}

/** An event about to be appended. `eventId` is a UUID chosen by the caller. */
export interface EventToAppend {
  eventId: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface StoredEvent extends EventToAppend {
  streamId: string;
  revision: number;
  position: number;
  /** When the store accepted it (UTC). */
  recordedAt: Date;
}

/**
 * `no_stream`: the stream must not exist; `stream_exists`: it must exist;
 * `any`: no check; a number: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface LogFilter {
  eventTypes?: readonly string[];
  streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. 0 reads from the start. */
  after?: number;
  maxCount?: number;
  filter?: LogFilter;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: the subscription delivers events strictly after it. */
  after: number;
  filter?: LogFilter;
  /** Upper bound of events per handler call. */
  batchSize?: number;
}

/**
 * Receives events in global order. The next batch is not delivered until the
 * returned promise settles; if it rejects, the subscription stops with that
 * error (the handler's checkpoint decides where a new one resumes).
 */
export type BatchHandler = (events: StoredEvent[]) => Promise<void>;

export interface Subscription {
  /** Stops delivering; resolves once the handler is no longer running. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolves on stop(), rejects on failure. */
  readonly done: Promise<void>;
}

export interface EventStore {
  /**
   * Appends atomically. Re-appending events whose ids are already stored in
   * this stream, in the same order, is a no-op returning the original result.
   * Throws WrongExpectedRevisionError on a revision mismatch.
   */
  appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  /** An empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catch-up from `after`, then live, until stop(). */
  subscribeToAll(options: SubscribeOptions, handler: BatchHandler): Subscription;
  /** Position of the last event a subscriber can see now (0 when empty). */
  headPosition(): Promise<number>;
  /**
   * Position of the last committed event (0 when empty): everything written
   * before the call is at or below it. It can be above headPosition for a
   * moment (on PostgreSQL, an append that committed beside an older open
   * transaction is not visible to subscribers until that one ends), so views
   * that reach it hold every earlier write; use it to wait for them.
   */
  lastCommittedPosition(): Promise<number>;
  /** Cheap liveness probe for /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
