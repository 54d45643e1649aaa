import { shanghaiYear, type AccountEvent, type ServiceCategory } from '@shiji/domain';
import type { ProjectedEvent } from '../../runner/define-projection';

/** Waiting for staff, deposited, or turned down. */
export type ServiceRecordStatus = 'pending' | 'verified' | 'rejected';

export interface ServiceRecordView extends Record<string, unknown> {
  recordId: string;
  volunteerId: string;
  communityId: string;
  activityId: string | null;
  category: ServiceCategory;
  description: string | null;
  startedAt: string;
  /** Shanghai calendar year of startedAt: honour rolls and certificates count by it. */
  year: number;
  minutes: number;
  status: ServiceRecordStatus;
  verified: boolean;
  verifiedAt: string | null;
  /** Why staff turned it down, for the volunteer to read. */
  rejection: { reason: string; at: string } | null;
  /** Reported by the volunteer themselves, not recorded by staff. */
  selfReported: boolean;
  redemptionId: string | null;
  corrections: Array<{ previousMinutes: number; minutes: number; reason: string; at: string }>;
  recordedAt: string;
  /** Who recorded and who verified it (谁记录谁证明); absent for records from before events said so. */
  recordedBy?: string;
  verifiedBy?: string;
}

export function evolveServiceRecordView(view: ServiceRecordView | null, event: ProjectedEvent<AccountEvent['type']>): ServiceRecordView | null {
  const { occurredAt, actor } = event.metadata;
  switch (event.type) {
    case 'ServiceRecorded': {
      const { recordId, volunteerId, communityId, activityId, category, description, startedAt, minutes, redemptionId, recordedBy } = event.data;
      return {
        recordId, volunteerId, communityId, activityId, category, description, startedAt, minutes, redemptionId,
        year: shanghaiYear(new Date(startedAt)),
        status: 'pending',
        verified: false,
        verifiedAt: null,
        rejection: null,
        selfReported: actor.role === 'volunteer',
        corrections: [],
        recordedAt: occurredAt,
        ...(recordedBy === null ? {} : { recordedBy }),
      };
    }
    case 'ServiceVerified':
      return view && { ...view, status: 'verified', verified: true, verifiedAt: occurredAt, ...(event.data.verifiedBy === null ? {} : { verifiedBy: event.data.verifiedBy }) };
    case 'ServiceRejected':
      return view && { ...view, status: 'rejected', rejection: { reason: event.data.reason, at: occurredAt } };
    case 'ServiceCorrected':
      return view && {
        ...view,
        minutes: event.data.minutes,
        corrections: [...view.corrections, { previousMinutes: event.data.previousMinutes, minutes: event.data.minutes, reason: event.data.reason, at: occurredAt }],
      };
    default:
      return view;
  }
}
