import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const partnerStream = (partnerId: string): string => `partner-${partnerId}`;
export const rewardStream = (rewardId: string): string => `reward-${rewardId}`;

export const QUOTA_PERIODS = ['month', 'quarter', 'year'] as const;
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

export interface RewardQuota {
  count: number;
  period: QuotaPeriod;
}

export interface RewardTerms {
  rewardId: string;
  partnerId: string;
  name: string;
  kind: string;
  minStarLevel: number;
  discountPercent: number;
  quota: RewardQuota | null;
}

export type PartnerEvent = { type: 'PartnerRegistered'; data: { partnerId: string; name: string; kind: string } };
export type RewardEvent =
  | { type: 'RewardOffered'; data: RewardTerms }
  | { type: 'RewardWithdrawn'; data: { rewardId: string; reason: string } };

export type PartnerCommand = { type: 'RegisterPartner'; partnerId: string; name: string; kind: string };
export type RewardCommand =
  | { type: 'OfferReward'; terms: RewardTerms; partnerExists: boolean }
  | { type: 'WithdrawReward'; rewardId: string; reason: string };

export type Partner = { exists: false } | { exists: true; partnerId: string; name: string; kind: string };
export type Reward = { exists: false } | (RewardTerms & { exists: true; withdrawn: boolean });

export const partnerDecider: Decider<PartnerCommand, PartnerEvent, Partner> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    if (state.exists) throw new DomainError('PARTNER_ALREADY_EXISTS', { partnerId: command.partnerId });
    return [{ type: 'PartnerRegistered', data: { partnerId: command.partnerId, name: command.name, kind: command.kind } }];
  },
  evolve: (_state, event) => ({ exists: true, ...event.data }),
};

export function requireReward(state: Reward, rewardId: string): Extract<Reward, { exists: true }> {
  if (!state.exists) throw new DomainError('REWARD_NOT_FOUND', { rewardId });
  return state;
}

export const rewardDecider: Decider<RewardCommand, RewardEvent, Reward> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'OfferReward': {
        const { terms } = command;
        if (state.exists) throw new DomainError('REWARD_ALREADY_EXISTS', { rewardId: terms.rewardId });
        if (!command.partnerExists) throw new DomainError('PARTNER_NOT_FOUND', { partnerId: terms.partnerId });
        return [{ type: 'RewardOffered', data: terms }];
      }
      case 'WithdrawReward': {
        const reward = requireReward(state, command.rewardId);
        if (reward.withdrawn) throw new DomainError('REWARD_WITHDRAWN', { rewardId: command.rewardId });
        return [{ type: 'RewardWithdrawn', data: { rewardId: command.rewardId, reason: command.reason } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RewardOffered':
        return { ...event.data, exists: true, withdrawn: false };
      case 'RewardWithdrawn':
        return state.exists ? { ...state, withdrawn: true } : state;
      default:
        return assertNever(event);
    }
  },
};
