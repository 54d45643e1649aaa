import type { ExpectedRevision } from './event-store.port';

export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some, but not all, of the event ids of an append are already stored. */
export class IdempotencyMismatchError extends Error {
  readonly code = 'IDEMPOTENCY_MISMATCH';
  constructor(readonly streamId: string, readonly eventIds: readonly string[]) {
    super(`Stream ${streamId}: event ids partly stored already: ${eventIds.join(', ')}`);
    this.name = 'IdempotencyMismatchError';
  }
}
