import { DomainError } from '../shared/domain-error';
import { isWholeMinutes, MAX_MINUTES_PER_RECORD } from '../shared/minutes';
import type { CreditsRedeemed, ProviderRecord, RedemptionReversed, Refusal } from './account.events';
import type { TimeAccount } from './account.state';
import { requireSpendableCard } from './time-card.commands';

export type RedeemCredits = {
  type: 'RedeemCredits';
  volunteerId: string;
  redemptionId: string;
  minutes: number;
  description: string;
  requestId: string | null;
  providerVolunteerId: string | null;
  /** The provider's record that is to follow in their account; null without a provider. */
  providerRecord: ProviderRecord | null;
  /** Where the policy sets an age to spend one's own credits: that age, and the holder's (null when no birth date can be read). */
  ageRule?: { minAge: number; age: number | null };
};

export type ReverseRedemption = { type: 'ReverseRedemption'; volunteerId: string; redemptionId: string; reason: string };

/** The move's compensation: the provider's record was refused, so the holder gets the credit back. */
export type RefundRefusedRedemption = { type: 'RefundRefusedRedemption'; volunteerId: string; redemptionId: string; refusal: Refusal };

/** Never takes the balance below zero: the account stream's expected revision makes this hold under concurrency. */
export function redeemCredits(command: RedeemCredits, account: TimeAccount): CreditsRedeemed[] {
  const card = requireSpendableCard(account, command.volunteerId);
  if (command.ageRule) {
    const { minAge, age } = command.ageRule;
    if (age === null) throw new DomainError('BIRTH_DATE_UNKNOWN', { volunteerId: command.volunteerId, minAgeToRedeem: minAge });
    if (age < minAge) throw new DomainError('AGE_BELOW_MINIMUM', { volunteerId: command.volunteerId, minAgeToRedeem: minAge });
  }
  if (!isWholeMinutes(command.minutes, 1, MAX_MINUTES_PER_RECORD)) {
    throw new DomainError('INVALID_MINUTES', { minutes: command.minutes, min: 1, max: MAX_MINUTES_PER_RECORD });
  }
  if (account.redemptions.has(command.redemptionId)) throw new DomainError('REDEMPTION_ALREADY_EXISTS', { redemptionId: command.redemptionId });
  if (account.creditMinutes < command.minutes) {
    throw new DomainError('INSUFFICIENT_CREDITS', { creditMinutes: account.creditMinutes, requestedMinutes: command.minutes });
  }
  return [
    {
      type: 'CreditsRedeemed',
      data: {
        redemptionId: command.redemptionId,
        volunteerId: command.volunteerId,
        cardNumber: card.cardNumber,
        minutes: command.minutes,
        description: command.description,
        requestId: command.requestId,
        providerVolunteerId: command.providerVolunteerId,
        providerRecord: command.providerRecord,
      },
    },
  ];
}

export function reverseRedemption(command: ReverseRedemption, account: TimeAccount): RedemptionReversed[] {
  const redemption = account.redemptions.get(command.redemptionId);
  if (!redemption) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId: command.redemptionId });
  if (redemption.reversed) throw new DomainError('REDEMPTION_ALREADY_REVERSED', { redemptionId: command.redemptionId });
  return [
    {
      type: 'RedemptionReversed',
      data: { redemptionId: command.redemptionId, volunteerId: command.volunteerId, minutes: redemption.minutes, reason: command.reason, refusal: null },
    },
  ];
}

/**
 * Gives back what a redemption debited because its provider could not be
 * credited, keeping why. A redemption staff reversed meanwhile has nothing
 * left to give back: the refusal is recorded with 0 minutes, so the move
 * still settles.
 */
export function refundRefusedRedemption(command: RefundRefusedRedemption, account: TimeAccount): RedemptionReversed[] {
  const redemption = account.redemptions.get(command.redemptionId);
  if (!redemption) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId: command.redemptionId });
  if (redemption.refusal) throw new DomainError('REDEMPTION_ALREADY_REVERSED', { redemptionId: command.redemptionId });
  const { code } = command.refusal;
  return [
    {
      type: 'RedemptionReversed',
      data: {
        redemptionId: command.redemptionId,
        volunteerId: command.volunteerId,
        minutes: redemption.reversed ? 0 : redemption.minutes,
        reason: `服务提供者的服务记录被拒绝（${code}），退回服务时间 / the provider's record was refused (${code}); credit returned`,
        refusal: command.refusal,
      },
    },
  ];
}
