import type { StoredEvent } from '@shiji/event-store';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef, Projection } from '../../runner/projection';
import type { PartnerView, RedemptionView, RewardClaimView, RewardView, ServiceRequestView } from './exchange-views';

const REQUEST_EVENTS = new Set(['ServiceRequested', 'ServiceProviderAssigned', 'ServiceRequestCompleted', 'ServiceRequestCancelled']);

/** The three exchanges: redemptions, the service-request queue, partners, rewards and reward claims. */
export const exchangesProjection: Projection = {
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

  needs(stored: StoredEvent): DocumentRef[] {
    const data = stored.data;
    switch (stored.type) {
      case 'CreditsRedeemed':
      case 'RedemptionReversed':
        return [{ collection: 'redemptions', id: String(data.redemptionId) }];
      case 'PartnerRegistered':
        return [{ collection: 'partners', id: String(data.partnerId) }];
      case 'RewardOffered':
      case 'RewardWithdrawn':
        return [{ collection: 'rewards', id: String(data.rewardId) }];
      case 'RewardClaimed':
        return [{ collection: 'reward_claims', id: String(data.claimId) }];
      default:
        return REQUEST_EVENTS.has(stored.type) ? [{ collection: 'service_requests', id: String(data.requestId) }] : [];
    }
  },

  apply(stored: StoredEvent, documents: DocumentStore): void {
    const data = stored.data as Record<string, never>;
    const at = stored.metadata.occurredAt;
    const position = stored.position;
    switch (stored.type) {
      case 'CreditsRedeemed': {
        const view: RedemptionView = {
          redemptionId: data.redemptionId,
          volunteerId: data.volunteerId,
          cardNumber: data.cardNumber,
          minutes: data.minutes,
          description: data.description,
          requestId: data.requestId ?? null,
          providerVolunteerId: data.providerVolunteerId ?? null,
          redeemedAt: at,
          reversed: false,
          reversal: null,
        };
        documents.put('redemptions', view.redemptionId, view, position);
        return;
      }
      case 'RedemptionReversed': {
        const view = documents.get<RedemptionView>('redemptions', data.redemptionId);
        if (view) documents.put('redemptions', view.redemptionId, { ...view, reversed: true, reversal: { reason: data.reason, at } }, position);
        return;
      }
      case 'PartnerRegistered': {
        const view: PartnerView = { partnerId: data.partnerId, name: data.name, kind: data.kind, registeredAt: at };
        documents.put('partners', view.partnerId, view, position);
        return;
      }
      case 'RewardOffered': {
        const view: RewardView = {
          rewardId: data.rewardId,
          partnerId: data.partnerId,
          name: data.name,
          kind: data.kind,
          minStarLevel: data.minStarLevel,
          discountPercent: data.discountPercent,
          quota: data.quota ?? null,
          withdrawn: false,
          offeredAt: at,
        };
        documents.put('rewards', view.rewardId, view, position);
        return;
      }
      case 'RewardWithdrawn': {
        const view = documents.get<RewardView>('rewards', data.rewardId);
        if (view) documents.put('rewards', view.rewardId, { ...view, withdrawn: true }, position);
        return;
      }
      case 'RewardClaimed': {
        const view: RewardClaimView = {
          claimId: data.claimId,
          volunteerId: data.volunteerId,
          rewardId: data.rewardId,
          partnerId: data.partnerId,
          starLevel: data.starLevel,
          period: data.period ?? null,
          claimedAt: at,
        };
        documents.put('reward_claims', view.claimId, view, position);
        return;
      }
      case 'ServiceRequested': {
        const view: ServiceRequestView = {
          requestId: data.requestId,
          communityId: data.communityId,
          category: data.category,
          description: data.description,
          wantedMinutes: data.wantedMinutes,
          forVolunteerId: data.forVolunteerId ?? null,
          cardHolder: data.cardHolder,
          status: 'open',
          providerVolunteerId: null,
          requestedAt: at,
          redemptionId: null,
          minutes: null,
          closedAt: null,
        };
        documents.put('service_requests', view.requestId, view, position);
        return;
      }
      case 'ServiceProviderAssigned':
      case 'ServiceRequestCompleted':
      case 'ServiceRequestCancelled': {
        const view = documents.get<ServiceRequestView>('service_requests', data.requestId);
        if (!view) return;
        const next: ServiceRequestView =
          stored.type === 'ServiceProviderAssigned'
            ? { ...view, status: 'assigned', providerVolunteerId: data.providerVolunteerId }
            : stored.type === 'ServiceRequestCompleted'
              ? { ...view, status: 'completed', redemptionId: data.redemptionId ?? null, minutes: data.minutes, closedAt: at }
              : { ...view, status: 'cancelled', closedAt: at };
        documents.put('service_requests', view.requestId, next, position);
        return;
      }
      default:
        return;
    }
  },
};
