import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accountStream,
  partnerDecider,
  partnerStream,
  POLICY_STREAM,
  policyDecider,
  rewardDecider,
  rewardStream,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
  type AccountCommand,
} from '@shiji/domain';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { ClaimRewardCommand, OfferRewardCommand, RegisterPartnerCommand, WithdrawRewardCommand } from './rewards.commands';

@CommandHandler(RegisterPartnerCommand)
export class RegisterPartnerHandler implements ICommandHandler<RegisterPartnerCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, partnerId, name, kind }: RegisterPartnerCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(partnerStream(partnerId), partnerDecider, { type: 'RegisterPartner', partnerId, name, kind }, context);
    return { partnerId, position };
  }
}

@CommandHandler(OfferRewardCommand)
export class OfferRewardHandler implements ICommandHandler<OfferRewardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, terms }: OfferRewardCommand): Promise<WriteResult> {
    const { state: partner } = await this.repository.load(partnerStream(terms.partnerId), partnerDecider);
    const { position } = await this.repository.handle(rewardStream(terms.rewardId), rewardDecider, { type: 'OfferReward', terms, partnerExists: partner.exists }, context);
    return { rewardId: terms.rewardId, partnerId: terms.partnerId, position };
  }
}

@CommandHandler(WithdrawRewardCommand)
export class WithdrawRewardHandler implements ICommandHandler<WithdrawRewardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, rewardId, reason }: WithdrawRewardCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(rewardStream(rewardId), rewardDecider, { type: 'WithdrawReward', rewardId, reason }, context);
    return { rewardId, position };
  }
}

/** Checked on the account stream as it stands: its revision keeps concurrent claims within the quota. */
@CommandHandler(ClaimRewardCommand)
export class ClaimRewardHandler implements ICommandHandler<ClaimRewardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, rewardId, volunteerId }: ClaimRewardCommand): Promise<WriteResult> {
    const claimId = context.newId('claim');
    const [{ state: volunteer }, { state: reward }, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(volunteerId), volunteerDecider),
      this.repository.load(rewardStream(rewardId), rewardDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const { position, events } = await this.repository.handle(
      accountStream(volunteerId),
      timeAccountDecider,
      (): AccountCommand => ({ type: 'ClaimReward', volunteerId, claimId, reward, rewardId, policy, now: context.now }),
      context,
      () => (volunteer.exists ? volunteer.communityId : undefined),
    );
    const claimed = events[0]?.type === 'RewardClaimed' ? events[0].data : null;
    return { claimId, rewardId, volunteerId, starLevel: claimed?.starLevel ?? null, period: claimed?.period ?? null, position };
  }
}

export const REWARD_HANDLERS = [RegisterPartnerHandler, OfferRewardHandler, WithdrawRewardHandler, ClaimRewardHandler];
