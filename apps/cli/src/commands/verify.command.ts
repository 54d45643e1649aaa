import type { CliCommand } from '../cli-command';
import { CliUsageError } from '../cli-usage.error';
import { parseOptions } from '../parse-options';
import { describeReport, verifyAndRecord } from './recorded-verification';
import { progressPrinter, withRebuildSession } from './rebuild-support';

/**
 * Exit code 0 only when the live read models equal a fresh replay and every
 * hash chain holds. The outcome is on record for /health and /metrics.
 */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'replay the log into a scratch schema, compare with the live read models and check the hash chains',
  usage: '--format <text|json>  text (default) or the full report as JSON on stdout\n(exit code 0 only when nothing differs)',
  async run(args, io) {
    const { format = 'text' } = parseOptions(args, ['format']);
    if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be text or json, got ${format}`);
    return withRebuildSession(io, async (session) => {
      const progress = progressPrinter(io);
      const report = await verifyAndRecord(session, progress.listener).finally(progress.finish);
      io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report));
      return report.equal ? 0 : 1;
    });
  },
};
