/**
 * The double's storage: one append-only log (`$all`) and, per stream, the
 * indexes of its events in that log. Appends follow EventStoreDB's documented
 * rules for expected revisions and event-id idempotency.
 */

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export interface LoggedEvent extends ProposedEvent {
  streamName: string;
  revision: number;
  /**
   * Byte offset of the record in the log, like the real server's. Commit and
   * prepare positions are equal: every append here is its own implicit
   * transaction, as with gRPC appends on the real server.
   */
  position: number;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  createdTicks: bigint;
}

export type ExpectedState =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: number };

export type AppendOutcome =
  /** `position` is absent when the append was an idempotent repeat: the real server then reports no position. */
  | { kind: 'success'; currentRevision: number; position?: number }
  /** `currentRevision` is -1 when the stream does not exist. */
  | { kind: 'wrong_expected_version'; currentRevision: number };

/** Fixed per-record overhead, so positions grow like byte offsets rather than 1, 2, 3. */
const RECORD_HEADER_BYTES = 96;

export class InMemoryLog {
  private readonly events: LoggedEvent[] = [];
  private readonly streams = new Map<string, number[]>();
  private nextPosition = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly clock: () => Date = () => new Date()) {
    // A fresh real server starts its log with system records; so does the double,
    // which keeps positions of user events above 0 and tests system-event exclusion.
    this.write('$epochs', [
      { id: '00000000-0000-4000-8000-000000000000', type: '$epoch-information', contentType: 'application/json', data: Buffer.from('{}'), customMetadata: new Uint8Array() },
    ]);
  }

  get length(): number {
    return this.events.length;
  }

  at(index: number): LoggedEvent | undefined {
    return this.events[index];
  }

  /** All events, in log order. */
  all(): readonly LoggedEvent[] {
    return this.events;
  }

  stream(streamName: string): LoggedEvent[] | undefined {
    return this.streams.get(streamName)?.map((index) => this.events[index]);
  }

  append(streamName: string, expected: ExpectedState, proposed: readonly ProposedEvent[]): AppendOutcome {
    const stream = this.stream(streamName) ?? [];
    const currentRevision = stream.length - 1;
    const repeated = this.idempotentRepeat(stream, expected, proposed);
    if (repeated === 'mismatch') return { kind: 'wrong_expected_version', currentRevision };
    if (repeated !== undefined) return { kind: 'success', currentRevision: repeated };
    if (!this.satisfies(expected, currentRevision)) return { kind: 'wrong_expected_version', currentRevision };
    if (proposed.length === 0) return { kind: 'success', currentRevision };
    const written = this.write(streamName, proposed);
    return { kind: 'success', currentRevision: written.revision, position: written.position };
  }

  /** Resolves once the log holds more than `length` events. */
  waitForMoreThan(length: number, signal: AbortSignal): Promise<void> {
    if (this.events.length > length || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        if (this.events.length <= length && !signal.aborted) return;
        this.waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      signal.addEventListener('abort', wake);
    });
  }

  private satisfies(expected: ExpectedState, currentRevision: number): boolean {
    switch (expected.kind) {
      case 'any':
        return true;
      case 'no_stream':
        return currentRevision === -1;
      case 'stream_exists':
        return currentRevision >= 0;
      case 'revision':
        return currentRevision === expected.revision;
    }
  }

  /**
   * With an exact expectation the server recognises a repeat by the event ids
   * stored right after the expected revision; with `any`/`stream_exists` it only
   * knows recently written events, emulated here by the stream's tail. That is
   * the documented best effort which the adapter must not rely on.
   * Returns the original last revision, 'mismatch' when the ids only partly
   * match, or undefined when this is not a repeat.
   */
  private idempotentRepeat(stream: LoggedEvent[], expected: ExpectedState, proposed: readonly ProposedEvent[]): number | 'mismatch' | undefined {
    if (proposed.length === 0) return undefined;
    const first = this.firstRevisionOfRepeat(stream, expected, proposed.length);
    if (first === undefined || first < 0 || stream[first]?.id !== proposed[0].id) return undefined;
    const allMatch = proposed.every((event, offset) => stream[first + offset]?.id === event.id);
    return allMatch ? first + proposed.length - 1 : 'mismatch';
  }

  private firstRevisionOfRepeat(stream: LoggedEvent[], expected: ExpectedState, count: number): number | undefined {
    switch (expected.kind) {
      case 'no_stream':
        return 0;
      case 'revision':
        return expected.revision + 1;
      case 'any':
      case 'stream_exists':
        return stream.length - count;
    }
  }

  private write(streamName: string, proposed: readonly ProposedEvent[]): LoggedEvent {
    const indexes = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, indexes);
    const createdTicks = BigInt(this.clock().getTime()) * 10_000n;
    for (const event of proposed) {
      const logged: LoggedEvent = { ...event, streamName, revision: indexes.length, position: this.nextPosition, createdTicks };
      this.nextPosition += RECORD_HEADER_BYTES + streamName.length + event.type.length + event.data.length + event.customMetadata.length;
      indexes.push(this.events.length);
      this.events.push(logged);
    }
    for (const wake of [...this.waiters]) wake();
    return this.events[this.events.length - 1];
  }
}
