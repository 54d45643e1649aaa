import { shanghaiYear, type AccountEvent, type ServiceCategory } from '@shiji/domain';
import type { ProjectedEvent } from '../../runner/define-projection';

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
  verified: boolean;
  verifiedAt: string | null;
  redemptionId: string | null;
  corrections: Array<{ previousMinutes: number; minutes: number; reason: string; at: string }>;
  recordedAt: string;
}

export function evolveServiceRecordView(view: ServiceRecordView | null, event: ProjectedEvent<AccountEvent['type']>): ServiceRecordView | null {
  const { occurredAt } = event.metadata;
  switch (event.type) {
    case 'ServiceRecorded': {
      const { recordId, volunteerId, communityId, activityId, category, description, startedAt, minutes, redemptionId } = event.data;
      return {
        recordId, volunteerId, communityId, activityId, category, description, startedAt, minutes, redemptionId,
        year: shanghaiYear(new Date(startedAt)),
        verified: false,
        verifiedAt: null,
        corrections: [],
        recordedAt: occurredAt,
      };
    }
    case 'ServiceVerified':
      return view && { ...view, verified: true, verifiedAt: occurredAt };
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
