import { requireReward, type Reward, type QuotaPeriod } from '../partner/partner.decider';
import type { Policy } from '../policy/policy.decider';
import { starLevelFor } from '../policy/star-level';
import { DomainError } from '../shared/domain-error';
import { shanghaiDay } from '../shared/shanghai-time';
import type { RewardClaimed, StarLevelCertified } from './account.events';
import { rewardClaimKey, type TimeAccount } from './account.state';

export type ClaimReward = { type: 'ClaimReward'; volunteerId: string; claimId: string; reward: Reward; rewardId: string; policy: Policy; now: Date };

export type CertifyStarLevel = { type: 'CertifyStarLevel'; volunteerId: string; starLevel: number; policy: Policy };

/** The Shanghai period a claim counts against: `2026-11`, `2026-Q4` or `2026`. */
export function quotaPeriodKey(period: QuotaPeriod, now: Date): string {
  const day = shanghaiDay(now);
  const year = day.slice(0, 4);
  switch (period) {
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return year;
  }
}

export function claimsLeft(account: TimeAccount, reward: Extract<Reward, { exists: true }>, now: Date): number | null {
  if (!reward.quota) return null;
  const used = account.rewardClaims.get(rewardClaimKey(reward.rewardId, quotaPeriodKey(reward.quota.period, now))) ?? 0;
  return Math.max(0, reward.quota.count - used);
}

/** Checked against the account and policy as they stand when the claim is made, never a read model. */
export function claimReward(command: ClaimReward, account: TimeAccount): RewardClaimed[] {
  // A retried claim is a no-op, so it never uses the quota twice.
  if (account.claimIds.has(command.claimId)) return [];
  const reward = requireReward(command.reward, command.rewardId);
  if (reward.withdrawn) throw new DomainError('REWARD_WITHDRAWN', { rewardId: reward.rewardId });
  const starLevel = starLevelFor(account.lifetimeMinutes, command.policy.thresholdHours);
  if (starLevel < reward.minStarLevel) {
    throw new DomainError('STAR_LEVEL_TOO_LOW', { starLevel, requiredStarLevel: reward.minStarLevel });
  }
  const left = claimsLeft(account, reward, command.now);
  if (left === 0) throw new DomainError('REWARD_QUOTA_EXHAUSTED', { rewardId: reward.rewardId, quota: reward.quota });
  return [
    {
      type: 'RewardClaimed',
      data: {
        claimId: command.claimId,
        volunteerId: command.volunteerId,
        rewardId: reward.rewardId,
        partnerId: reward.partnerId,
        starLevel,
        period: reward.quota ? quotaPeriodKey(reward.quota.period, command.now) : null,
      },
    },
  ];
}

export function certifyStarLevel(command: CertifyStarLevel, account: TimeAccount): StarLevelCertified[] {
  const starLevel = starLevelFor(account.lifetimeMinutes, command.policy.thresholdHours);
  if (!Number.isInteger(command.starLevel) || command.starLevel < 1 || command.starLevel > starLevel) {
    throw new DomainError('STAR_LEVEL_TOO_LOW', { starLevel, requiredStarLevel: command.starLevel });
  }
  if (account.certifiedStarLevels.has(command.starLevel)) {
    throw new DomainError('STAR_LEVEL_ALREADY_CERTIFIED', { starLevel: command.starLevel });
  }
  return [{ type: 'StarLevelCertified', data: { volunteerId: command.volunteerId, starLevel: command.starLevel } }];
}
