import { Injectable } from '@nestjs/common';
import {
  accountStream,
  beneficiaryDecider,
  beneficiaryStream,
  DomainError,
  POLICY_STREAM,
  policyDecider,
  requireVolunteer,
  shanghaiYear,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
  type AccountCommand,
  type CreditsGiven,
  type CreditsGivenToBeneficiary,
} from '@shiji/domain';
import { transferIdOfGift } from '@shiji/projections';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { BeneficiaryGiftMove, GiftMove } from './gift-move';
import { GiftSettlement } from './gift-settlement';

export interface Gift {
  fromVolunteerId: string;
  toVolunteerId: string;
  minutes: number;
}

export interface BeneficiaryGift {
  fromVolunteerId: string;
  beneficiaryId: string;
  minutes: number;
}

export interface BeneficiaryGiftOutcome {
  giftId: string;
  fromVolunteerId: string;
  beneficiaryId: string;
  minutes: number;
  /** The giver's credit right after the debit. */
  creditMinutes: number;
  position: number | null;
}

export interface GiftOutcome {
  giftId: string;
  fromVolunteerId: string;
  toVolunteerId: string;
  minutes: number;
  /** The giver's credit right after the debit. */
  creditMinutes: number;
  position: number | null;
}

/**
 * Giving credit to a confirmed family member: two accounts, so two appends.
 *
 * 1. Debit the giver (the intent), checked against the giver's credit, the
 *    family the giver's account holds and the street's limits in force.
 * 2. Settle the move: credit the receiver, or, if their account refuses it
 *    (erased in between), give the credit back and answer with the refusal.
 *
 * Should the process stop between 1 and 2, the process manager settles the
 * move from the transfers view, taking the very same step (GiftSettlement).
 */
@Injectable()
export class GiftProcess {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly settlement: GiftSettlement,
  ) {}

  async give(context: CommandContext, gift: Gift): Promise<GiftOutcome> {
    const giftId = context.newId('gift');
    const [{ state: giver }, { state: receiver }, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(gift.fromVolunteerId), volunteerDecider),
      this.repository.load(volunteerStream(gift.toVolunteerId), volunteerDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const fromCommunityId = requireVolunteer(giver, gift.fromVolunteerId).communityId;
    const limits = { perGiftMinutes: policy.creditRules.giftMaxMinutes, perYearMinutes: policy.creditRules.giftYearlyMinutes };

    let creditMinutes = 0;
    const debit = await this.repository.handle(
      accountStream(gift.fromVolunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        // Built from the state the debit is decided on (on a replay, the state before it): the balance right after.
        creditMinutes = state.creditMinutes - gift.minutes;
        return { type: 'GiveCredits', volunteerId: gift.fromVolunteerId, giftId, toVolunteerId: gift.toVolunteerId, minutes: gift.minutes, year: shanghaiYear(context.now), limits, receiver };
      },
      context,
      { homeCommunity: fromCommunityId },
    );
    const given = debit.events[0] as CreditsGiven;
    const move: GiftMove = {
      transferId: transferIdOfGift(giftId),
      giftId,
      fromVolunteerId: gift.fromVolunteerId,
      fromCommunityId,
      toVolunteerId: gift.toVolunteerId,
      minutes: given.data.minutes,
      intent: { eventId: context.eventId(accountStream(gift.fromVolunteerId), 0), actor: context.actor, correlationId: context.correlationId },
    };
    const settled = await this.settlement.settle(move, context.now);
    if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
    return { giftId, fromVolunteerId: gift.fromVolunteerId, toVolunteerId: gift.toVolunteerId, minutes: given.data.minutes, creditMinutes, position: settled.position ?? debit.position };
  }

  /** A gift to a resident in need confirmed as family: the same limits, the resident's granted credit as the second step. */
  async giveToBeneficiary(context: CommandContext, gift: BeneficiaryGift): Promise<BeneficiaryGiftOutcome> {
    const giftId = context.newId('gift');
    const [{ state: giver }, { state: beneficiary }, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(gift.fromVolunteerId), volunteerDecider),
      this.repository.load(beneficiaryStream(gift.beneficiaryId), beneficiaryDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const fromCommunityId = requireVolunteer(giver, gift.fromVolunteerId).communityId;
    const limits = { perGiftMinutes: policy.creditRules.giftMaxMinutes, perYearMinutes: policy.creditRules.giftYearlyMinutes };

    let creditMinutes = 0;
    const debit = await this.repository.handle(
      accountStream(gift.fromVolunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        creditMinutes = state.creditMinutes - gift.minutes;
        return { type: 'GiveCreditsToBeneficiary', volunteerId: gift.fromVolunteerId, giftId, beneficiaryId: gift.beneficiaryId, minutes: gift.minutes, year: shanghaiYear(context.now), limits, beneficiary };
      },
      context,
      { homeCommunity: fromCommunityId },
    );
    const given = debit.events[0] as CreditsGivenToBeneficiary;
    const move: BeneficiaryGiftMove = {
      transferId: transferIdOfGift(giftId),
      giftId,
      fromVolunteerId: gift.fromVolunteerId,
      fromCommunityId,
      beneficiaryId: gift.beneficiaryId,
      minutes: given.data.minutes,
      intent: { eventId: context.eventId(accountStream(gift.fromVolunteerId), 0), actor: context.actor, correlationId: context.correlationId },
    };
    const settled = await this.settlement.settleToBeneficiary(move, context.now);
    if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
    return { giftId, fromVolunteerId: gift.fromVolunteerId, beneficiaryId: gift.beneficiaryId, minutes: given.data.minutes, creditMinutes, position: settled.position ?? debit.position };
  }
}
