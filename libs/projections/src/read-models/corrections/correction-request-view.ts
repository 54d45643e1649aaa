import type { CorrectionRequestStatus } from '@shiji/domain';

/** A correction request (异议) as staff and its volunteer read it. */
export interface CorrectionRequestView extends Record<string, unknown> {
  requestId: string;
  volunteerId: string;
  communityId: string;
  /** The record objected to; null when the objection is to a missing record. */
  recordId: string | null;
  reason: string;
  filedBy: string;
  filedAt: string;
  status: CorrectionRequestStatus;
  /** Accepted: the record that corrects it (the corrected record, or a new one). */
  correctionRecordId: string | null;
  /** Rejected: the reason the volunteer reads. */
  rejectionReason: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
}
