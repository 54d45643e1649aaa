import type { ApplicationStatus, SealedPersonalData, StoredPersonalData } from '@shiji/domain';

/** A volunteer application as staff review it; personal data as the log holds it (sealed), opened at query time. */
export interface VolunteerApplicationView extends Record<string, unknown> {
  applicationId: string;
  communityId: string;
  personal: StoredPersonalData;
  note: SealedPersonalData | null;
  partyMember: boolean;
  status: ApplicationStatus;
  appliedAt: string;
  decidedAt: string | null;
  /** The staff member or admin who approved or rejected it. */
  decidedBy: string | null;
  volunteerId: string | null;
  reason: string | null;
}
