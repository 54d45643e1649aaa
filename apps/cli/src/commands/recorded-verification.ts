import { randomUUID } from 'node:crypto';
import { verifyReadModels, type ProgressListener, type VerifyReport } from '@shiji/projections';
import { VerificationsStore } from '../../../api/src/features/audit/verifications.store';
import type { RebuildSession } from './rebuild-support';

/**
 * A verification recorded like an auditor's (audit_verifications, requested
 * by `cli`), so the api's /health and /metrics report a scheduled run's result.
 */
export async function verifyAndRecord(session: RebuildSession, onProgress: ProgressListener): Promise<VerifyReport> {
  const recorded = new VerificationsStore(session.pool);
  const verificationId = randomUUID();
  await recorded.started(verificationId, 'cli');
  try {
    const report = await verifyReadModels({ pool: session.pool, store: session.store, hashChains: session.hashChains, onProgress });
    await recorded.finished(verificationId, report);
    return report;
  } catch (error) {
    await recorded.failed(verificationId, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}

export function describeReport(report: VerifyReport): string {
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
