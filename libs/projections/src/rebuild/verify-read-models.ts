import type { EventStore } from '@shiji/event-store';
import type { Pool } from 'pg';
import { ALL_PROJECTIONS } from '../projections';
import { halfDoneTransfers, type HalfDoneTransfer } from '../read-models/transfers/half-done-transfers';
import { transfersProjection } from '../read-models/transfers/transfers.projection';
import type { Projection } from '../runner/projection';
import { compareReadModels } from './compare-read-models';
import type { EventIntegrityProblem } from './event-integrity-problem';
import { checkHashChains } from './hash-chain-check';
import type { ReadModelDifference } from './read-model-difference';
import { replayLog } from './replay-log';
import type { ProgressListener } from './replay-progress';
import { createScratchSchema, dropSchema, scratchSchemaName } from './scratch-schema';
import { snapshotLiveReadModels } from './snapshot-live';

export interface VerifyOptions {
  pool: Pool;
  store: EventStore;
  projections?: readonly Projection[];
  live?: string;
  /** Recompute the PostgreSQL event store's hash chains (off for a store without them). */
  hashChains?: boolean;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

export interface VerifyReport {
  /** Nothing wrong found: the views equal a replay, every hash chain holds, and no move is left half-done. */
  equal: boolean;
  /** The live checkpoints compared against, per projection. */
  checkpoints: Record<string, number>;
  differences: ReadModelDifference[];
  eventProblems: EventIntegrityProblem[];
  /** Moves between two accounts whose second step is missing from the log (by a fresh replay) for over a minute. */
  halfDoneMoves: HalfDoneTransfer[];
  durationMs: number;
}

/**
 * `verify`: replays the log into a scratch schema, each projection up to
 * exactly the live checkpoint of a consistent snapshot of the live tables,
 * and lists every row that differs; then recomputes every stream's hash
 * chain, and lists the moves between two accounts the replay finds left
 * half-done. Changes nothing live; the scratch schemas are dropped at the end.
 */
export async function verifyReadModels(options: VerifyOptions): Promise<VerifyReport> {
  const started = Date.now();
  const projections = options.projections ?? ALL_PROJECTIONS;
  const snapshot = scratchSchemaName('snapshot');
  const replayed = scratchSchemaName('verify');
  try {
    const targets = await snapshotLiveReadModels(options.pool, projections, options.live ?? 'public', snapshot);
    await createScratchSchema(options.pool, projections, replayed);
    await replayLog({ ...options, projections, schema: replayed, targets });
    options.onProgress?.({ phase: 'compare', done: 0, total: 1 });
    const differences = await compareReadModels(options.pool, projections, snapshot, replayed);
    options.onProgress?.({ phase: 'compare', done: 1, total: 1 });
    const eventProblems = options.hashChains === false ? [] : await checkHashChains(options.pool, options);
    const halfDoneMoves = projections.includes(transfersProjection) ? await halfDoneTransfers(options.pool, replayed) : [];
    return {
      equal: differences.length === 0 && eventProblems.length === 0 && halfDoneMoves.length === 0,
      checkpoints: Object.fromEntries(targets),
      differences,
      eventProblems,
      halfDoneMoves,
      durationMs: Date.now() - started,
    };
  } finally {
    await dropSchema(options.pool, snapshot);
    await dropSchema(options.pool, replayed);
  }
}
