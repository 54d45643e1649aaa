import type { RewardTerms } from '@shiji/domain';
import type { CommandContext } from '../../../write-side/command-context';

export class RegisterPartnerCommand {
  constructor(readonly context: CommandContext, readonly partnerId: string, readonly name: string, readonly kind: string) {}
}

export class OfferRewardCommand {
  constructor(readonly context: CommandContext, readonly terms: RewardTerms) {}
}

export class WithdrawRewardCommand {
  constructor(readonly context: CommandContext, readonly rewardId: string, readonly reason: string) {}
}

export class ClaimRewardCommand {
  constructor(readonly context: CommandContext, readonly rewardId: string, readonly volunteerId: string) {}
}
