import { replayReadModels } from '@shiji/projections';
import type { CliCommand } from '../cli-command';
import { parseOptions } from '../parse-options';
import { progressPrinter, withRebuildSession } from './rebuild-support';

/**
 * Rebuilds every read model from the whole log into a fresh schema and swaps
 * it in atomically. Safe while the api and projectors run: they keep serving
 * the old tables until the swap and then continue from the new checkpoints.
 */
export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'rebuild every read model from the event log and swap it in',
  usage: '(no options; uses DATABASE_URL or the embedded PostgreSQL under DATA_DIR; progress on stderr when it is a terminal)',
  async run(args, io) {
    parseOptions(args, []);
    return withRebuildSession(io, async ({ pool, store }) => {
      const progress = progressPrinter(io);
      const outcome = await replayReadModels({ pool, store, onProgress: progress.listener }).finally(progress.finish);
      io.stdout(`replayed the log up to position ${outcome.position} in ${(outcome.durationMs / 1000).toFixed(1)} s; the rebuilt read models are live\n`);
      return 0;
    });
  },
};
