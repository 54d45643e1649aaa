import { QUOTA_PERIODS } from '@shiji/domain';
import { nullable, oneOf, pageSchema, responseSchema, writeResultSchema } from '../../../platform/docs/response-schema';

export const PartnerSchema = responseSchema('Partner', { partnerId: 'string', name: 'string', kind: 'string', registeredAt: 'string' });
export const PartnerListSchema = pageSchema('PartnerList', PartnerSchema);

const QUOTA = nullable({ count: 'integer', period: oneOf(QUOTA_PERIODS) });

const REWARD = {
  rewardId: 'string',
  partnerId: 'string',
  partnerName: 'string?',
  name: 'string',
  kind: 'string',
  minStarLevel: 'integer',
  discountPercent: 'number',
  quota: QUOTA,
  withdrawn: 'boolean',
  offeredAt: 'string',
} as const;

export const RewardSchema = responseSchema('Reward', REWARD);
export const RewardListSchema = pageSchema('RewardList', RewardSchema);

export const EligibleRewardSchema = responseSchema('EligibleReward', { ...REWARD, period: 'string?', claimsLeft: 'integer?' });
export const EligibleRewardsSchema = responseSchema('EligibleRewards', { volunteerId: 'string', starLevel: 'integer', items: [EligibleRewardSchema] });

export const RewardClaimLineSchema = responseSchema('RewardClaimLine', {
  claimId: 'string',
  volunteerId: 'string',
  volunteerName: 'string?',
  rewardId: 'string',
  rewardName: 'string?',
  partnerId: 'string',
  partnerName: 'string?',
  starLevel: 'integer',
  period: 'string?',
  claimedAt: 'string',
});
export const RewardClaimListSchema = responseSchema('RewardClaimList', { items: [RewardClaimLineSchema] });

export const RewardClaimedSchema = writeResultSchema('RewardClaimed', { claimId: 'string', rewardId: 'string', volunteerId: 'string', starLevel: 'integer?', period: 'string?' });
