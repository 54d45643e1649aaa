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
}

export function evolveServiceRecordView(view: ServiceRecordView | null, event: ProjectedEvent<AccountEvent['type']>): ServiceRecordView | null {
  const { occurredAt, actor } = event.metadata;
  switch (event.type) {
    case 'ServiceRecorded': {
      const { recordId, volunteerId, communityId, activityId, category, description, startedAt, minutes, redemptionId } = event.data;
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
      };
    }
    case 'ServiceVerified':
      return view && { ...view, status: 'verified', verified: true, verifiedAt: occurredAt };
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
