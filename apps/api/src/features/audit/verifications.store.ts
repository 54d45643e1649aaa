import { Inject, Injectable } from '@nestjs/common';
import type { VerifyReport } from '@shiji/projections';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import type { LastVerification, VerificationStatus as VerificationStatusPort } from '../../platform/health/verification-status.port';

export type VerificationStatus = 'running' | 'equal' | 'different' | 'failed';

export interface Verification {
  verificationId: string;
  status: VerificationStatus;
  requestedBy: string;
  requestedAt: string;
  finishedAt: string | null;
  report: VerifyReport | null;
  error: string | null;
}

interface VerificationRow {
  id: string;
  status: VerificationStatus;
  requested_by: string;
  requested_at: Date;
  finished_at: Date | null;
  report: VerifyReport | null;
  error: string | null;
}

/** audit_verifications: one row per verify (an auditor's through the api, or `cli verify`), written when it starts and when it ends. */
@Injectable()
export class VerificationsStore implements VerificationStatusPort {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async started(id: string, requestedBy: string): Promise<void> {
    await this.pool.query("INSERT INTO audit_verifications (id, status, requested_by) VALUES ($1, 'running', $2)", [id, requestedBy]);
  }

  async finished(id: string, report: VerifyReport): Promise<void> {
    await this.pool.query('UPDATE audit_verifications SET status = $2, report = $3, finished_at = now() WHERE id = $1', [id, report.equal ? 'equal' : 'different', JSON.stringify(report)]);
  }

  async failed(id: string, error: string): Promise<void> {
    await this.pool.query("UPDATE audit_verifications SET status = 'failed', error = $2, finished_at = now() WHERE id = $1", [id, error]);
  }

  /** The last one to finish, for /health and /metrics. */
  async last(): Promise<LastVerification | null> {
    const { rows } = await this.pool.query<{ id: string; status: LastVerification['status']; finished_at: Date }>(
      'SELECT id, status, finished_at FROM audit_verifications WHERE finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1',
    );
    const row = rows[0];
    return row ? { verificationId: row.id, status: row.status, finishedAt: row.finished_at.toISOString() } : null;
  }

  async find(id: string): Promise<Verification | null> {
    const { rows } = await this.pool.query<VerificationRow>('SELECT * FROM audit_verifications WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return null;
    return {
      verificationId: row.id,
      status: row.status,
      requestedBy: row.requested_by,
      requestedAt: row.requested_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
      report: row.report,
      error: row.error,
    };
  }
}
