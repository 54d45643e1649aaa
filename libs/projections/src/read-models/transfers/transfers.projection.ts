import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';
import { transferIdOfRedemption, type TransferView } from './transfer-view';

/** Moves between two accounts and whether each has settled: what the process manager finishes. */
export const transfersProjection = defineProjection({
  name: 'transfers',
  collections: [
    {
      name: 'transfers',
      columns: [
        { name: 'status', expression: "(data->>'status')", type: 'text', indexed: true },
        { name: 'intent_position', expression: "((data->'intent'->>'position')::bigint)", type: 'bigint', indexed: true },
      ],
    },
  ],
  canHandle: ['CreditsRedeemed', 'ServiceRecorded', 'RedemptionReversed'],

  needs(event): DocumentRef[] {
    const { redemptionId } = event.data;
    return redemptionId === null ? [] : [{ collection: 'transfers', id: transferIdOfRedemption(redemptionId) }];
  },

  evolve(event, documents): void {
    switch (event.type) {
      case 'CreditsRedeemed': {
        const { data } = event;
        // A version-1 debit wrote the provider's record beside it: no move was ever half-done.
        if (!data.providerRecord || !data.providerVolunteerId) return;
        const view: TransferView = {
          transferId: transferIdOfRedemption(data.redemptionId),
          kind: 'redemption',
          status: 'pending',
          fromVolunteerId: data.volunteerId,
          toVolunteerId: data.providerVolunteerId,
          minutes: data.minutes,
          communityId: event.metadata.communityId ?? null,
          redemptionId: data.redemptionId,
          description: data.description,
          providerRecord: data.providerRecord,
          intent: {
            eventId: event.eventId,
            position: event.position,
            actor: event.metadata.actor,
            correlationId: event.metadata.correlationId,
            at: event.metadata.occurredAt,
          },
          settledAt: null,
          refusal: null,
        };
        documents.put('transfers', view.transferId, view, event.position);
        return;
      }
      case 'ServiceRecorded':
      case 'RedemptionReversed': {
        if (event.data.redemptionId === null) return;
        const view = documents.get<TransferView>('transfers', transferIdOfRedemption(event.data.redemptionId));
        if (!view || view.status !== 'pending') return;
        const refusal = event.type === 'RedemptionReversed' ? event.data.refusal : null;
        // A reversal by staff leaves the provider's credit still to come; only a refusal settles the move.
        if (event.type === 'RedemptionReversed' && refusal === null) return;
        const settled: TransferView = { ...view, status: refusal ? 'compensated' : 'completed', settledAt: event.metadata.occurredAt, refusal };
        documents.put('transfers', view.transferId, settled, event.position);
        return;
      }
      default:
        assertNever(event);
    }
  },
});
