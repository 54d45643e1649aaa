import { DomainError } from '../shared/domain-error';
import { isWholeMinutes, MAX_MINUTES_PER_RECORD } from '../shared/minutes';
import type { CreditsRedeemed, RedemptionReversed } from './account.events';
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
};

export type ReverseRedemption = { type: 'ReverseRedemption'; volunteerId: string; redemptionId: string; reason: string };

/** Never takes the balance below zero: the account stream's expected revision makes this hold under concurrency. */
export function redeemCredits(command: RedeemCredits, account: TimeAccount): CreditsRedeemed[] {
  const card = requireSpendableCard(account, command.volunteerId);
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
      },
    },
  ];
}

export function reverseRedemption(command: ReverseRedemption, account: TimeAccount): RedemptionReversed[] {
  const redemption = account.redemptions.get(command.redemptionId);
  if (!redemption) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId: command.redemptionId });
  if (redemption.reversed) throw new DomainError('REDEMPTION_ALREADY_REVERSED', { redemptionId: command.redemptionId });
  return [
    { type: 'RedemptionReversed', data: { redemptionId: command.redemptionId, volunteerId: command.volunteerId, minutes: redemption.minutes, reason: command.reason } },
  ];
}
