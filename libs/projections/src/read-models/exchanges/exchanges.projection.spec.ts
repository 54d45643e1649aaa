import type { AccountEvent, PartnerEvent, RewardEvent, ServiceRequestEvent } from '@shiji/domain';
import { exchangesProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(exchangesProjection);


const redeemed: AccountEvent = {
  type: 'CreditsRedeemed',
  data: { redemptionId: 'red-1', volunteerId: 'v-1', cardNumber: 'SJ-0001', minutes: 90, description: '助浴', requestId: 'sr-1', providerVolunteerId: 'v-2', providerRecord: null },
};
const partner: PartnerEvent = { type: 'PartnerRegistered', data: { partnerId: 'p-1', name: '社区卫生服务中心', kind: 'clinic' } };
const offered: RewardEvent = {
  type: 'RewardOffered',
  data: { rewardId: 'rw-1', partnerId: 'p-1', name: '免费体检', kind: 'health_check', minStarLevel: 3, discountPercent: 100, quota: { count: 1, period: 'year' } },
};
const requested: ServiceRequestEvent = {
  type: 'ServiceRequested',
  data: { requestId: 'sr-1', communityId: 'c-1', category: 'elderly_care', description: '助浴', wantedMinutes: 90, forVolunteerId: 'v-1', cardHolder: true },
};
const openRequest = {
  requestId: 'sr-1', communityId: 'c-1', category: 'elderly_care', description: '助浴', wantedMinutes: 90, forVolunteerId: 'v-1', cardHolder: true, status: 'open',
  providerVolunteerId: null, requestedAt: at(1), redemptionId: null, minutes: null, closedAt: null,
};

describe('the exchanges projection', () => {
  describe('redemptions', () => {
    it('are listed when credits are redeemed', () => {
      spec
        .given([])
        .when([redeemed])
        .then({
          redemptions: {
            'red-1': {
              redemptionId: 'red-1', volunteerId: 'v-1', cardNumber: 'SJ-0001', minutes: 90, description: '助浴', requestId: 'sr-1', providerVolunteerId: 'v-2',
              redeemedAt: at(1), reversed: false, reversal: null,
            },
          },
        });
    });

    it('are marked reversed, with the reason and when', () => {
      spec
        .given([redeemed])
        .when([{ type: 'RedemptionReversed', data: { redemptionId: 'red-1', volunteerId: 'v-1', minutes: 90, reason: '服务未提供', refusal: null } }])
        .then({ redemptions: { 'red-1': expect.objectContaining({ reversed: true, reversal: { reason: '服务未提供', at: at(2) } }) } });
    });

    it('a reversal of a redemption never listed writes nothing', () => {
      spec.given([]).when([{ type: 'RedemptionReversed', data: { redemptionId: 'red-404', volunteerId: 'v-1', minutes: 90, reason: '服务未提供', refusal: null } }]).thenNothingWritten();
    });
  });

  describe('partners and rewards', () => {
    it('list a partner when registered', () => {
      spec.given([]).when([partner]).then({ partners: { 'p-1': { partnerId: 'p-1', name: '社区卫生服务中心', kind: 'clinic', registeredAt: at(1) } } });
    });

    it('offer a reward until it is withdrawn', () => {
      const reward = { rewardId: 'rw-1', partnerId: 'p-1', name: '免费体检', kind: 'health_check', minStarLevel: 3, discountPercent: 100, quota: { count: 1, period: 'year' }, withdrawn: false, offeredAt: at(2) };
      spec.given([partner]).when([offered]).then({ rewards: { 'rw-1': reward } });
      spec.given([partner, offered]).when([{ type: 'RewardWithdrawn', data: { rewardId: 'rw-1', reason: '活动结束' } }]).then({ rewards: { 'rw-1': { ...reward, withdrawn: true } } });
    });

    it('record each claim with the period it counts against', () => {
      spec
        .given([partner, offered])
        .when([{ type: 'RewardClaimed', data: { claimId: 'cl-1', volunteerId: 'v-1', rewardId: 'rw-1', partnerId: 'p-1', starLevel: 3, period: '2026' } }])
        .then({ reward_claims: { 'cl-1': { claimId: 'cl-1', volunteerId: 'v-1', rewardId: 'rw-1', partnerId: 'p-1', starLevel: 3, period: '2026', claimedAt: at(3) } } });
    });
  });

  describe('the service-request queue', () => {
    it('opens a request when it is made', () => {
      spec.given([]).when([requested]).then({ service_requests: { 'sr-1': openRequest } });
    });

    it('assigns a provider, then closes the request completed with the redemption that paid for it', () => {
      spec
        .given([requested])
        .when([{ type: 'ServiceProviderAssigned', data: { requestId: 'sr-1', providerVolunteerId: 'v-2' } }])
        .then({ service_requests: { 'sr-1': { ...openRequest, status: 'assigned', providerVolunteerId: 'v-2' } } });
      spec
        .given([requested, { type: 'ServiceProviderAssigned', data: { requestId: 'sr-1', providerVolunteerId: 'v-2' } }])
        .when([{ type: 'ServiceRequestCompleted', data: { requestId: 'sr-1', redemptionId: 'red-1', minutes: 80 } }])
        .then({ service_requests: { 'sr-1': { ...openRequest, status: 'completed', providerVolunteerId: 'v-2', redemptionId: 'red-1', minutes: 80, closedAt: at(3) } } });
    });

    it('closes a cancelled request', () => {
      spec
        .given([requested])
        .when([{ type: 'ServiceRequestCancelled', data: { requestId: 'sr-1', reason: '居民已入院' } }])
        .then({ service_requests: { 'sr-1': { ...openRequest, status: 'cancelled', closedAt: at(2) } } });
    });

    it('ignores a change to a request it never saw', () => {
      spec.given([]).when([{ type: 'ServiceRequestCancelled', data: { requestId: 'sr-404', reason: '重复' } }]).thenNothingWritten();
    });
  });

  it('passes by the account events that are not redemptions', () => {
    spec.given([]).when([{ type: 'ServiceVerified', data: { recordId: 'r-1', volunteerId: 'v-1', minutes: 60, verifiedBy: 'staff-2' } }]).thenNothingWritten();
  });
});
