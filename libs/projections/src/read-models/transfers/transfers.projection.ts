import { assertNever, capIdOf } from '@shiji/domain';
import { defineProjection, type ProjectedEvent } from '../../runner/define-projection';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef } from '../../runner/projection';
import { transferIdOfCapExcess, transferIdOfDonation, transferIdOfGift, transferIdOfGrant, transferIdOfRedemption, type TransferView } from './transfer-view';

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
  canHandle: ['CreditsRedeemed', 'ServiceRecorded', 'RedemptionReversed', 'CreditsGiven', 'GiftReceived', 'GiftReturned', 'CreditsDonated', 'PoolDonationReceived', 'PoolGranted', 'GrantReceived', 'CreditCapped', 'PoolExcessReceived', 'GrantRedeemed', 'GrantRedemptionRefunded', 'CreditsGivenToBeneficiary', 'BeneficiaryGiftReceived'],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'CreditsGiven':
      case 'GiftReceived':
      case 'GiftReturned':
      case 'CreditsGivenToBeneficiary':
      case 'BeneficiaryGiftReceived':
        return [{ collection: 'transfers', id: transferIdOfGift(event.data.giftId) }];
      case 'CreditsDonated':
      case 'PoolDonationReceived':
        return [{ collection: 'transfers', id: transferIdOfDonation(event.data.donationId) }];
      case 'PoolGranted':
      case 'GrantReceived':
        return [{ collection: 'transfers', id: transferIdOfGrant(event.data.grantId) }];
      case 'CreditCapped':
      case 'PoolExcessReceived':
        return [{ collection: 'transfers', id: transferIdOfCapExcess(capIdOf(event.data)) }];
      case 'GrantRedeemed':
      case 'GrantRedemptionRefunded':
        return [{ collection: 'transfers', id: transferIdOfRedemption(event.data.redemptionId) }];
      default: {
        const { redemptionId } = event.data;
        return redemptionId === null ? [] : [{ collection: 'transfers', id: transferIdOfRedemption(redemptionId) }];
      }
    }
  },

  evolve(event, documents): void {
    switch (event.type) {
      case 'CreditsRedeemed': {
        const { data } = event;
        // A version-1 debit wrote the provider's record beside it: no move was ever half-done.
        if (!data.providerRecord || !data.providerVolunteerId) return;
        open(documents, event, {
          transferId: transferIdOfRedemption(data.redemptionId),
          kind: 'redemption',
          fromVolunteerId: data.volunteerId,
          toVolunteerId: data.providerVolunteerId,
          minutes: data.minutes,
          redemptionId: data.redemptionId,
          description: data.description,
          providerRecord: data.providerRecord,
        });
        return;
      }
      case 'CreditsGiven': {
        const { data } = event;
        open(documents, event, { transferId: transferIdOfGift(data.giftId), kind: 'gift', fromVolunteerId: data.volunteerId, toVolunteerId: data.toVolunteerId, minutes: data.minutes, giftId: data.giftId });
        return;
      }
      case 'CreditsGivenToBeneficiary': {
        const { data } = event;
        const move = { kind: 'beneficiary_gift', fromVolunteerId: data.volunteerId, toVolunteerId: null, minutes: data.minutes, giftId: data.giftId, beneficiaryId: data.beneficiaryId } as const;
        open(documents, event, { transferId: transferIdOfGift(data.giftId), ...move });
        return;
      }
      case 'CreditsDonated': {
        const { data } = event;
        const move = { kind: 'donation', fromVolunteerId: data.volunteerId, toVolunteerId: null, minutes: data.minutes, donationId: data.donationId, poolCommunityId: data.communityId } as const;
        open(documents, event, { transferId: transferIdOfDonation(data.donationId), ...move });
        return;
      }
      case 'PoolGranted': {
        const { data } = event;
        const move = { kind: 'grant', fromVolunteerId: null, toVolunteerId: null, minutes: data.minutes, grantId: data.grantId, poolCommunityId: data.communityId, beneficiaryId: data.beneficiaryId } as const;
        open(documents, event, { transferId: transferIdOfGrant(data.grantId), ...move });
        return;
      }
      case 'CreditCapped': {
        const { data } = event;
        // Excess that is not stored goes nowhere: no move.
        if (data.excessTo !== 'pool') return;
        const capId = capIdOf(data);
        const move = { kind: 'cap', fromVolunteerId: data.volunteerId, toVolunteerId: null, minutes: data.minutes, recordId: data.recordId, capId, poolCommunityId: data.communityId } as const;
        open(documents, event, { transferId: transferIdOfCapExcess(capId), ...move });
        return;
      }
      case 'GrantRedeemed': {
        const { data } = event;
        open(documents, event, {
          transferId: transferIdOfRedemption(data.redemptionId),
          kind: 'grant_redemption',
          fromVolunteerId: null,
          toVolunteerId: data.providerVolunteerId,
          minutes: data.minutes,
          redemptionId: data.redemptionId,
          description: data.description,
          providerRecord: data.providerRecord,
          poolCommunityId: data.communityId,
          beneficiaryId: data.beneficiaryId,
        });
        return;
      }
      case 'GrantRedemptionRefunded':
        settle(documents, event, transferIdOfRedemption(event.data.redemptionId), event.data.refusal);
        return;
      case 'PoolExcessReceived':
        settle(documents, event, transferIdOfCapExcess(capIdOf(event.data)), null);
        return;
      case 'PoolDonationReceived':
        settle(documents, event, transferIdOfDonation(event.data.donationId), null);
        return;
      case 'GrantReceived':
        settle(documents, event, transferIdOfGrant(event.data.grantId), null);
        return;
      case 'ServiceRecorded':
      case 'RedemptionReversed': {
        if (event.data.redemptionId === null) return;
        const refusal = event.type === 'RedemptionReversed' ? event.data.refusal : null;
        // A reversal by staff leaves the provider's credit still to come; only a refusal settles the move.
        if (event.type === 'RedemptionReversed' && refusal === null) return;
        settle(documents, event, transferIdOfRedemption(event.data.redemptionId), refusal);
        return;
      }
      case 'GiftReceived':
      case 'BeneficiaryGiftReceived':
        settle(documents, event, transferIdOfGift(event.data.giftId), null);
        return;
      case 'GiftReturned':
        settle(documents, event, transferIdOfGift(event.data.giftId), event.data.refusal);
        return;
      default:
        assertNever(event);
    }
  },
});

/** A move of any kind as its intent states it (distributive, so each kind keeps its own members). */
type Opened = TransferView extends infer View ? (View extends TransferView ? Omit<View, 'status' | 'communityId' | 'intent' | 'settledAt' | 'refusal'> : never) : never;

/** A move whose intent is stored: pending until its second step (or its compensation) is. */
function open(documents: DocumentStore, event: ProjectedEvent, move: Opened): void {
  const view = {
    ...move,
    status: 'pending',
    communityId: event.metadata.communityId ?? null,
    intent: { eventId: event.eventId, position: event.position, actor: event.metadata.actor, correlationId: event.metadata.correlationId, at: event.metadata.occurredAt },
    settledAt: null,
    refusal: null,
  } as TransferView;
  documents.put('transfers', view.transferId, view, event.position);
}

/** Completed (refusal null) or compensated; a settled move never changes again. */
function settle(documents: DocumentStore, event: ProjectedEvent, transferId: string, refusal: TransferView['refusal']): void {
  const view = documents.get<TransferView>('transfers', transferId);
  if (!view || view.status !== 'pending') return;
  const settled: TransferView = { ...view, status: refusal ? 'compensated' : 'completed', settledAt: event.metadata.occurredAt, refusal };
  documents.put('transfers', transferId, settled, event.position);
}
