import type { EventStore } from '@shiji/event-store';
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@shiji/postgres';
import type { Projection } from '../runner/projection';
import { applyEvents, checkpointsIn } from './apply-events';
import type { ProgressListener, ReplayProgress } from './replay-progress';

export interface ReplayLogOptions {
  pool: Pool;
  store: EventStore;
  projections: readonly Projection[];
  schema: string;
  /** Where each projection must stop, inclusive; a projection already there is left alone. */
  targets: ReadonlyMap<string, number>;
  pageSize?: number;
  /** Runs every page on this client, inside the caller's transaction, instead of one transaction per page. */
  client?: PoolClient;
  phase?: ReplayProgress['phase'];
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

const DEFAULT_PAGE_SIZE = 2000;

/**
 * Replays the global log into the read models of `schema`, page by page from
 * the lowest checkpoint there, each projection up to exactly its target.
 * Resumable: each page commits its documents with the checkpoints.
 */
export async function replayLog(options: ReplayLogOptions): Promise<void> {
  const { store, projections, schema, targets } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const checkpoints = await checkpointsIn(options.client ?? options.pool, schema, projections);
  const target = (name: string): number => targets.get(name) ?? 0;
  const pending = () => projections.filter((projection) => (checkpoints.get(projection.name) ?? 0) < target(projection.name));
  const highest = Math.max(0, ...projections.map((projection) => target(projection.name)));
  const report = (done: number) => options.onProgress?.({ phase: options.phase ?? 'replay', done, total: highest });

  for (let behind = pending(); behind.length > 0; behind = pending()) {
    options.signal?.throwIfAborted();
    const after = Math.min(...behind.map((projection) => checkpoints.get(projection.name) ?? 0));
    const page = await store.readAll({ after, maxCount: pageSize });
    // The log ends below a target only when events were removed from it: stop rather than loop; verify's hash check names the gap.
    if (page.length === 0) break;
    const last = page[page.length - 1].position;
    const apply = async (client: PoolClient): Promise<void> => {
      for (const projection of behind) {
        const from = checkpoints.get(projection.name) ?? 0;
        const to = target(projection.name);
        const events = page.filter((event) => event.position > from && event.position <= to);
        // A projection ahead of this page (its checkpoint past `last`) keeps its checkpoint.
        const checkpoint = Math.max(from, Math.min(last, to));
        await applyEvents(client, schema, projection, events, checkpoint);
        checkpoints.set(projection.name, checkpoint);
      }
    };
    await (options.client ? apply(options.client) : inTransaction(options.pool, apply));
    report(Math.min(last, highest));
  }
  report(highest);
}

/** The same target for every projection: the whole log up to `position`. */
export function everyProjectionTo(projections: readonly Projection[], position: number): Map<string, number> {
  return new Map(projections.map((projection) => [projection.name, position]));
}
