import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';
import type { PartnerView, RedemptionView, RewardClaimView, RewardView, ServiceRequestView } from './exchange-views';

/** The three exchanges: redemptions, the service-request queue, partners, rewards and reward claims. */
export const exchangesProjection = defineProjection({
  name: 'exchanges',
  collections: [
    { name: 'redemptions', columns: [{ name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true }] },
    {
      name: 'service_requests',
      columns: [
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'status', expression: "(data->>'status')", type: 'text', indexed: true },
        { name: 'card_holder', expression: "((data->>'cardHolder')::boolean)", type: 'boolean' },
        { name: 'requested_at', expression: "(data->>'requestedAt')", type: 'text', indexed: true },
      ],
    },
    { name: 'partners', columns: [] },
    { name: 'rewards', columns: [{ name: 'partner_id', expression: "(data->>'partnerId')", type: 'text', indexed: true }] },
    {
      name: 'reward_claims',
      columns: [
        { name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true },
        { name: 'reward_id', expression: "(data->>'rewardId')", type: 'text', indexed: true },
        { name: 'period', expression: "(data->>'period')", type: 'text' },
      ],
    },
  ],
  canHandle: [
    'CreditsRedeemed', 'RedemptionReversed', 'PartnerRegistered', 'RewardOffered', 'RewardWithdrawn', 'RewardClaimed',
    'ServiceRequested', 'ServiceProviderAssigned', 'ServiceRequestCompleted', 'ServiceRequestCancelled',
  ],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'CreditsRedeemed':
      case 'RedemptionReversed':
        return [{ collection: 'redemptions', id: event.data.redemptionId }];
      case 'PartnerRegistered':
        return [{ collection: 'partners', id: event.data.partnerId }];
      case 'RewardOffered':
      case 'RewardWithdrawn':
        return [{ collection: 'rewards', id: event.data.rewardId }];
      case 'RewardClaimed':
        return [{ collection: 'reward_claims', id: event.data.claimId }];
      default:
        return [{ collection: 'service_requests', id: event.data.requestId }];
    }
  },

  evolve(event, documents): void {
    const at = event.metadata.occurredAt;
    const { position } = event;
    const changeRequest = (requestId: string, change: (view: ServiceRequestView) => ServiceRequestView): void => {
      const view = documents.get<ServiceRequestView>('service_requests', requestId);
      if (view) documents.put('service_requests', view.requestId, change(view), position);
    };
    switch (event.type) {
      case 'CreditsRedeemed': {
        const { redemptionId, volunteerId, cardNumber, minutes, description, requestId, providerVolunteerId } = event.data;
        const view: RedemptionView = {
          redemptionId, volunteerId, cardNumber, minutes, description,
          requestId: requestId ?? null,
          providerVolunteerId: providerVolunteerId ?? null,
          redeemedAt: at,
          reversed: false,
          reversal: null,
        };
        return documents.put('redemptions', redemptionId, view, position);
      }
      case 'RedemptionReversed': {
        const view = documents.get<RedemptionView>('redemptions', event.data.redemptionId);
        if (view) documents.put('redemptions', view.redemptionId, { ...view, reversed: true, reversal: { reason: event.data.reason, at } }, position);
        return;
      }
      case 'PartnerRegistered': {
        const { partnerId, name, kind } = event.data;
        return documents.put('partners', partnerId, { partnerId, name, kind, registeredAt: at } satisfies PartnerView, position);
      }
      case 'RewardOffered': {
        const { rewardId, partnerId, name, kind, minStarLevel, discountPercent, quota } = event.data;
        const view: RewardView = { rewardId, partnerId, name, kind, minStarLevel, discountPercent, quota: quota ?? null, withdrawn: false, offeredAt: at };
        return documents.put('rewards', rewardId, view, position);
      }
      case 'RewardWithdrawn': {
        const view = documents.get<RewardView>('rewards', event.data.rewardId);
        if (view) documents.put('rewards', view.rewardId, { ...view, withdrawn: true }, position);
        return;
      }
      case 'RewardClaimed': {
        const { claimId, volunteerId, rewardId, partnerId, starLevel, period } = event.data;
        return documents.put('reward_claims', claimId, { claimId, volunteerId, rewardId, partnerId, starLevel, period: period ?? null, claimedAt: at } satisfies RewardClaimView, position);
      }
      case 'ServiceRequested': {
        const { requestId, communityId, category, description, wantedMinutes, forVolunteerId, cardHolder } = event.data;
        const view: ServiceRequestView = {
          requestId, communityId, category, description, wantedMinutes, cardHolder,
          forVolunteerId: forVolunteerId ?? null,
          status: 'open',
          providerVolunteerId: null,
          requestedAt: at,
          redemptionId: null,
          minutes: null,
          closedAt: null,
        };
        return documents.put('service_requests', requestId, view, position);
      }
      case 'ServiceProviderAssigned': {
        const { requestId, providerVolunteerId } = event.data;
        return changeRequest(requestId, (view) => ({ ...view, status: 'assigned', providerVolunteerId }));
      }
      case 'ServiceRequestCompleted': {
        const { requestId, redemptionId, minutes } = event.data;
        return changeRequest(requestId, (view) => ({ ...view, status: 'completed', redemptionId: redemptionId ?? null, minutes, closedAt: at }));
      }
      case 'ServiceRequestCancelled':
        return changeRequest(event.data.requestId, (view) => ({ ...view, status: 'cancelled', closedAt: at }));
      default:
        return assertNever(event);
    }
  },
});
