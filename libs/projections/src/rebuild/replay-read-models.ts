import type { EventStore } from '@shiji/event-store';
import type { Pool } from 'pg';
import { ALL_PROJECTIONS } from '../projections';
import type { Projection } from '../runner/projection';
import { everyProjectionTo, replayLog } from './replay-log';
import type { ProgressListener } from './replay-progress';
import { createScratchSchema, dropSchema, scratchSchemaName } from './scratch-schema';
import { swapReadModels } from './swap-read-models';

export interface ReplayReadModelsOptions {
  pool: Pool;
  store: EventStore;
  projections?: readonly Projection[];
  /** The schema the api reads; public unless the runners were given another. */
  live?: string;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

export interface ReplayOutcome {
  /** The checkpoint every rebuilt projection has when it goes live. */
  position: number;
  /** The scratch schema the rebuild ran in (gone afterwards). */
  schema: string;
  durationMs: number;
}

/**
 * `replay`: rebuilds every projection from position 0 into a fresh schema,
 * then swaps it in atomically (see swapReadModels). The api keeps serving
 * the old tables until the swap commits. Used by `cli replay` and callable
 * from the api.
 */
export async function replayReadModels(options: ReplayReadModelsOptions): Promise<ReplayOutcome> {
  const started = Date.now();
  const projections = options.projections ?? ALL_PROJECTIONS;
  const schema = scratchSchemaName('rebuild');
  await createScratchSchema(options.pool, projections, schema);
  try {
    // The bulk of the work, outside any lock; the swap then only catches up what arrived meanwhile.
    const head = await options.store.headPosition();
    await replayLog({ ...options, projections, schema, targets: everyProjectionTo(projections, head) });
    options.signal?.throwIfAborted();
    const { position } = await swapReadModels({ ...options, projections, replayed: schema });
    return { position, schema, durationMs: Date.now() - started };
  } finally {
    // Empty after a swap; after a failure it holds a partial rebuild nobody reads.
    await dropSchema(options.pool, schema);
  }
}
