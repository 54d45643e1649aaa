import { NO_STREAM, type AppendExpectedRevision } from '@eventstore/db-client';

/** The exact expectation for a stream whose last revision is `revision` (-1: none). */
export function exactlyAt(revision: number): AppendExpectedRevision {
  return revision < 0 ? NO_STREAM : BigInt(revision);
}
