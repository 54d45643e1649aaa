import type { StoredEvent } from '@shiji/event-store';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef, Projection } from '../../runner/projection';
import { transferIdOfRedemption, type TransferView } from './transfer-view';

interface RedeemedData {
  redemptionId: string;
  volunteerId: string;
  minutes: number;
  description: string;
  providerVolunteerId: string | null;
  /** Absent in version 1, whose provider's record was written beside the debit. */
  providerRecord?: TransferView['providerRecord'] | null;
}

/** Moves between two accounts and whether each has settled: what the process manager finishes. */
export const transfersProjection: Projection = {
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

  needs(stored: StoredEvent): DocumentRef[] {
    switch (stored.type) {
      case 'CreditsRedeemed':
      case 'RedemptionReversed':
        return [{ collection: 'transfers', id: transferIdOfRedemption(String(stored.data.redemptionId)) }];
      case 'ServiceRecorded':
        return typeof stored.data.redemptionId === 'string' ? [{ collection: 'transfers', id: transferIdOfRedemption(stored.data.redemptionId) }] : [];
      default:
        return [];
    }
  },

  apply(stored: StoredEvent, documents: DocumentStore): void {
    switch (stored.type) {
      case 'CreditsRedeemed': {
        const data = stored.data as unknown as RedeemedData;
        if (!data.providerRecord || !data.providerVolunteerId) return;
        const view: TransferView = {
          transferId: transferIdOfRedemption(data.redemptionId),
          kind: 'redemption',
          status: 'pending',
          fromVolunteerId: data.volunteerId,
          toVolunteerId: data.providerVolunteerId,
          minutes: data.minutes,
          communityId: stored.metadata.communityId ?? null,
          redemptionId: data.redemptionId,
          description: data.description,
          providerRecord: data.providerRecord,
          intent: {
            eventId: stored.eventId,
            position: stored.position,
            actor: stored.metadata.actor,
            correlationId: stored.metadata.correlationId,
            at: stored.metadata.occurredAt,
          },
          settledAt: null,
          refusal: null,
        };
        documents.put('transfers', view.transferId, view, stored.position);
        return;
      }
      case 'ServiceRecorded':
      case 'RedemptionReversed': {
        if (typeof stored.data.redemptionId !== 'string') return;
        const view = documents.get<TransferView>('transfers', transferIdOfRedemption(stored.data.redemptionId));
        if (!view || view.status !== 'pending') return;
        const refusal = (stored.data.refusal ?? null) as TransferView['refusal'];
        // A reversal by staff leaves the provider's credit still to come; only a refusal settles the move.
        if (stored.type === 'RedemptionReversed' && refusal === null) return;
        const settled: TransferView = { ...view, status: refusal ? 'compensated' : 'completed', settledAt: stored.metadata.occurredAt, refusal };
        documents.put('transfers', view.transferId, settled, stored.position);
        return;
      }
      default:
        return;
    }
  },
};
