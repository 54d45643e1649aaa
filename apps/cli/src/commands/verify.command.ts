import { randomUUID } from 'node:crypto';
import { verifyReadModels, type VerifyReport } from '@shiji/projections';
import { VerificationsStore } from '../../../api/src/features/audit/verifications.store';
import type { CliCommand } from '../cli-command';
import { CliUsageError } from '../cli-usage.error';
import { parseOptions } from '../parse-options';
import { progressPrinter, withRebuildSession } from './rebuild-support';

/**
 * Exit code 0 only when the live read models equal a fresh replay and every
 * hash chain holds. The outcome is recorded like an auditor's verification
 * (audit_verifications, requested by `cli`), so the api's /health and
 * /metrics report a scheduled run's result.
 */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'replay the log into a scratch schema, compare with the live read models and check the hash chains',
  usage: '--format <text|json>  text (default) or the full report as JSON on stdout\n(exit code 0 only when nothing differs)',
  async run(args, io) {
    const { format = 'text' } = parseOptions(args, ['format']);
    if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be text or json, got ${format}`);
    return withRebuildSession(io, async ({ pool, store, hashChains }) => {
      const progress = progressPrinter(io);
      const recorded = new VerificationsStore(pool);
      const verificationId = randomUUID();
      await recorded.started(verificationId, 'cli');
      const report = await verifyReadModels({ pool, store, hashChains, onProgress: progress.listener })
        .catch(async (error: unknown) => {
          await recorded.failed(verificationId, error instanceof Error ? error.message : String(error)).catch(() => undefined);
          throw error;
        })
        .finally(progress.finish);
      await recorded.finished(verificationId, report);
      io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
      return report.equal ? 0 : 1;
    });
  },
};

function describe(report: VerifyReport): string {
  const lines = [
    `checked against live checkpoints ${Object.entries(report.checkpoints).map(([name, position]) => `${name}=${position}`).join(', ')} in ${(report.durationMs / 1000).toFixed(1)} s`,
    `read models: ${report.differences.length === 0 ? 'equal to a fresh replay' : `${report.differences.length} differing row(s)`}`,
    ...report.differences.map((d) => `  ${d.collection}/${d.id}  ${d.kind}  (live position ${d.livePosition ?? '-'}, replay position ${d.replayPosition ?? '-'})`),
    `events: ${report.eventProblems.length === 0 ? 'every hash chain holds' : `${report.eventProblems.length} problem(s)`}`,
    ...report.eventProblems.map((p) => `  ${p.streamId} revision ${p.revision} position ${p.position}  ${p.kind}: ${p.detail}`),
    `moves between accounts: ${report.halfDoneMoves.length === 0 ? 'none left half-done' : `${report.halfDoneMoves.length} left half-done`}`,
    ...report.halfDoneMoves.map((m) => `  ${m.transferId}  ${m.minutes} min from ${m.fromVolunteerId} to ${m.toVolunteerId}, intent stored ${m.since}`),
  ];
  return `${lines.join('\n')}\n`;
}
