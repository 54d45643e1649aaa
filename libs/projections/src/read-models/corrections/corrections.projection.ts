import { assertNever, CORRECTION_REQUEST_EVENT_TYPES } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';
import type { CorrectionRequestView } from './correction-request-view';

/** Correction requests (异议) by community, volunteer and status: staff's list to answer, a volunteer's own list. */
export const correctionsProjection = defineProjection({
  name: 'corrections',
  collections: [
    {
      name: 'correction_requests',
      columns: [
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true },
        { name: 'status', expression: "(data->>'status')", type: 'text', indexed: true },
      ],
    },
  ],

  canHandle: [...CORRECTION_REQUEST_EVENT_TYPES],

  needs(event): DocumentRef[] {
    return [{ collection: 'correction_requests', id: event.data.requestId }];
  },

  evolve(event, documents): void {
    const { requestId } = event.data;
    const put = (view: CorrectionRequestView) => documents.put('correction_requests', requestId, view, event.position);
    switch (event.type) {
      case 'CorrectionRequested': {
        const { volunteerId, communityId, recordId, reason, filedBy, filedAt } = event.data;
        return put({ requestId, volunteerId, communityId, recordId, reason, filedBy, filedAt, status: 'open', correctionRecordId: null, rejectionReason: null, answeredBy: null, answeredAt: null });
      }
      case 'CorrectionRequestAccepted':
      case 'CorrectionRequestRejected': {
        const view = documents.get<CorrectionRequestView>('correction_requests', requestId);
        if (!view) return;
        const answered = { answeredBy: event.data.answeredBy, answeredAt: event.data.answeredAt };
        if (event.type === 'CorrectionRequestAccepted') return put({ ...view, ...answered, status: 'accepted', correctionRecordId: event.data.correctionRecordId });
        return put({ ...view, ...answered, status: 'rejected', rejectionReason: event.data.reason });
      }
      default:
        return assertNever(event);
    }
  },
});
