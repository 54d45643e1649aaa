import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';
import type { VolunteerApplicationView } from './application-view';

/** Volunteer applications by community and status: the staff's list of applications to review. */
export const applicationsProjection = defineProjection({
  name: 'applications',
  collections: [
    {
      name: 'volunteer_applications',
      columns: [
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'status', expression: "(data->>'status')", type: 'text', indexed: true },
      ],
    },
  ],

  canHandle: ['VolunteerApplied', 'VolunteerApplicationApproved', 'VolunteerApplicationRejected'],

  needs(event): DocumentRef[] {
    return [{ collection: 'volunteer_applications', id: event.data.applicationId }];
  },

  evolve(event, documents): void {
    const at = event.metadata.occurredAt;
    const { applicationId } = event.data;
    const put = (view: VolunteerApplicationView) => documents.put('volunteer_applications', applicationId, view, event.position);
    switch (event.type) {
      case 'VolunteerApplied': {
        const { communityId, personal, note, partyMember } = event.data;
        return put({ applicationId, communityId, personal, note, partyMember, status: 'pending', appliedAt: at, decidedAt: null, decidedBy: null, volunteerId: null, reason: null });
      }
      case 'VolunteerApplicationApproved':
      case 'VolunteerApplicationRejected': {
        const view = documents.get<VolunteerApplicationView>('volunteer_applications', applicationId);
        if (!view) return;
        const decided = { decidedAt: at, decidedBy: event.metadata.actor.id };
        if (event.type === 'VolunteerApplicationApproved') return put({ ...view, ...decided, status: 'approved', volunteerId: event.data.volunteerId });
        return put({ ...view, ...decided, status: 'rejected', reason: event.data.reason });
      }
      default:
        return assertNever(event);
    }
  },
});
