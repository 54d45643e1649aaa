import { eventHash, PostgresHashedEvents, type ChainedEvent } from '@shiji/event-store';
import type { Pool } from 'pg';
import type { EventIntegrityProblem } from './event-integrity-problem';
import type { ProgressListener } from './replay-progress';

const PAGE_SIZE = 2000;

/**
 * Recomputes every stream's hash chain from the PostgreSQL event store,
 * stream by stream in revision order, a page at a time. Each event is
 * hashed with its predecessor's stored hash, so an edited event is named
 * itself rather than every event after it. A removed last event of a stream
 * leaves no trace in the chain; the projections' comparison catches most of
 * those.
 */
export async function checkHashChains(pool: Pool, options: { onProgress?: ProgressListener; signal?: AbortSignal } = {}): Promise<EventIntegrityProblem[]> {
  const problems: EventIntegrityProblem[] = [];
  const events = new PostgresHashedEvents(pool);
  const total = await events.count();
  let previous = null as ChainedEvent | null;
  let done = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await events.page(previous, PAGE_SIZE);
    for (const event of page) {
      problems.push(...checkLink(event, previous?.streamId === event.streamId ? previous : null));
      previous = event;
    }
    done += page.length;
    options.onProgress?.({ phase: 'hash-chain', done, total });
    if (page.length < PAGE_SIZE) return problems;
  }
}

function checkLink(event: ChainedEvent, previous: ChainedEvent | null): EventIntegrityProblem[] {
  const problems: EventIntegrityProblem[] = [];
  const at = { streamId: event.streamId, revision: event.revision, position: event.position };
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (event.revision !== expectedRevision) {
    const missing = expectedRevision === event.revision - 1 ? `${expectedRevision}` : `${expectedRevision}–${event.revision - 1}`;
    problems.push({ ...at, kind: 'removed', detail: `revision ${missing} missing before this event` });
  } else if (eventHash(event, previous?.hash ?? null) !== event.hash) {
    problems.push({ ...at, kind: 'altered', detail: 'content does not hash to the stored hash' });
  }
  if (previous && at.position <= previous.position) {
    problems.push({ ...at, kind: 'reordered', detail: `position ${at.position} is not after revision ${previous.revision}'s position ${previous.position}` });
  }
  return problems;
}
