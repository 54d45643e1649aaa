import { eventHash, type EventMetadata } from '@shiji/event-store';
import type { Pool } from 'pg';
import type { EventIntegrityProblem } from './event-integrity-problem';
import type { ProgressListener } from './replay-progress';

interface ChainRow {
  stream_id: string;
  revision: number;
  position: string;
  event_id: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  hash: string;
}

interface Link {
  streamId: string;
  revision: number;
  position: number;
  hash: string;
}

const PAGE_SIZE = 2000;

/**
 * Recomputes every stream's hash chain from the PostgreSQL event store's
 * table, stream by stream in revision order (keyset pages over the
 * (stream_id, revision) unique index, so memory stays flat). Each event is
 * hashed with its predecessor's stored hash, so an edited event is named
 * itself rather than every event after it. A removed last event of a stream
 * leaves no trace in the chain; the projections' comparison catches most of
 * those.
 */
export async function checkHashChains(pool: Pool, options: { onProgress?: ProgressListener; signal?: AbortSignal } = {}): Promise<EventIntegrityProblem[]> {
  const problems: EventIntegrityProblem[] = [];
  const { rows: countRows } = await pool.query<{ total: string }>('SELECT count(*) AS total FROM shiji_events');
  const total = Number(countRows[0].total);
  let previous = null as Link | null;
  let done = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const after: Link | null = previous;
    const { rows }: { rows: ChainRow[] } = await pool.query<ChainRow>(
      `SELECT stream_id, revision, position, event_id, type, version, data, metadata, encode(hash, 'hex') AS hash
         FROM shiji_events
        WHERE ($1::text IS NULL OR (stream_id, revision) > ($1::text, $2::integer))
        ORDER BY stream_id, revision
        LIMIT $3`,
      [after?.streamId ?? null, after?.revision ?? -1, PAGE_SIZE],
    );
    for (const row of rows) {
      const link = previous?.streamId === row.stream_id ? previous : null;
      problems.push(...checkLink(row, link));
      previous = { streamId: row.stream_id, revision: row.revision, position: Number(row.position), hash: row.hash };
    }
    done += rows.length;
    options.onProgress?.({ phase: 'hash-chain', done, total });
    if (rows.length < PAGE_SIZE) return problems;
  }
}

function checkLink(row: ChainRow, previous: Link | null): EventIntegrityProblem[] {
  const problems: EventIntegrityProblem[] = [];
  const at = { streamId: row.stream_id, revision: row.revision, position: Number(row.position) };
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (row.revision !== expectedRevision) {
    const missing = expectedRevision === row.revision - 1 ? `${expectedRevision}` : `${expectedRevision}–${row.revision - 1}`;
    problems.push({ ...at, kind: 'removed', detail: `revision ${missing} missing before this event` });
  } else {
    const recomputed = eventHash(
      { streamId: row.stream_id, revision: row.revision, eventId: row.event_id, type: row.type, version: row.version, data: row.data, metadata: row.metadata },
      previous?.hash ?? null,
    );
    if (recomputed !== row.hash) problems.push({ ...at, kind: 'altered', detail: 'content does not hash to the stored hash' });
  }
  if (previous && at.position <= previous.position) {
    problems.push({ ...at, kind: 'reordered', detail: `position ${at.position} is not after revision ${previous.revision}'s position ${previous.position}` });
  }
  return problems;
}
