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
    const [{ fromCommunityId, limits }, { state: receiver }] = await Promise.all([
      this.giverAndLimits(gift.fromVolunteerId),
      this.repository.load(volunteerStream(gift.toVolunteerId), volunteerDecider),
    ]);
    const debit = await this.debitGiver(context, fromCommunityId, {
      type: 'GiveCredits', volunteerId: gift.fromVolunteerId, giftId, toVolunteerId: gift.toVolunteerId, minutes: gift.minutes, year: shanghaiYear(context.now), limits, receiver,
    });
    const given = debit.events[0] as CreditsGiven;
    const move: GiftMove = {
      transferId: transferIdOfGift(giftId),
      giftId,
      fromVolunteerId: gift.fromVolunteerId,
      fromCommunityId,
      toVolunteerId: gift.toVolunteerId,
      minutes: given.data.minutes,
      intent: intentOf(context, gift.fromVolunteerId),
    };
    const settled = await this.settlement.settle(move, context.now);
    if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
    return { giftId, fromVolunteerId: gift.fromVolunteerId, toVolunteerId: gift.toVolunteerId, minutes: given.data.minutes, creditMinutes: debit.creditMinutes, position: settled.position ?? debit.position };
  }

  /** A gift to a resident in need confirmed as family: the same limits, the resident's granted credit as the second step. */
  async giveToBeneficiary(context: CommandContext, gift: BeneficiaryGift): Promise<BeneficiaryGiftOutcome> {
    const giftId = context.newId('gift');
    const [{ fromCommunityId, limits }, { state: beneficiary }] = await Promise.all([
      this.giverAndLimits(gift.fromVolunteerId),
      this.repository.load(beneficiaryStream(gift.beneficiaryId), beneficiaryDecider),
    ]);
    const debit = await this.debitGiver(context, fromCommunityId, {
      type: 'GiveCreditsToBeneficiary', volunteerId: gift.fromVolunteerId, giftId, beneficiaryId: gift.beneficiaryId, minutes: gift.minutes, year: shanghaiYear(context.now), limits, beneficiary,
    });
    const given = debit.events[0] as CreditsGivenToBeneficiary;
    const move: BeneficiaryGiftMove = {
      transferId: transferIdOfGift(giftId),
      giftId,
      fromVolunteerId: gift.fromVolunteerId,
      fromCommunityId,
      beneficiaryId: gift.beneficiaryId,
      minutes: given.data.minutes,
      intent: intentOf(context, gift.fromVolunteerId),
    };
    const settled = await this.settlement.settleToBeneficiary(move, context.now);
    if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
    return { giftId, fromVolunteerId: gift.fromVolunteerId, beneficiaryId: gift.beneficiaryId, minutes: given.data.minutes, creditMinutes: debit.creditMinutes, position: settled.position ?? debit.position };
  }

  /** The giver's home community and the street's gift limits in force. */
  private async giverAndLimits(fromVolunteerId: string): Promise<{ fromCommunityId: string; limits: { perGiftMinutes: number; perYearMinutes: number } }> {
    const [{ state: giver }, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(fromVolunteerId), volunteerDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    return {
      fromCommunityId: requireVolunteer(giver, fromVolunteerId).communityId,
      limits: { perGiftMinutes: policy.creditRules.giftMaxMinutes, perYearMinutes: policy.creditRules.giftYearlyMinutes },
    };
  }

  /** Step 1, the intent on the giver's account; answers with the giver's credit right after it. */
  private async debitGiver(context: CommandContext, fromCommunityId: string, gift: Extract<AccountCommand, { type: 'GiveCredits' | 'GiveCreditsToBeneficiary' }>) {
    let creditMinutes = 0;
    const debit = await this.repository.handle(
      accountStream(gift.volunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        // Read from the state the debit is decided on (on a replay, the state before it): the balance right after.
        creditMinutes = state.creditMinutes - gift.minutes;
        return gift;
      },
      context,
      { homeCommunity: fromCommunityId },
    );
    return { ...debit, creditMinutes };
  }
}

/** The intent's identity: the giver's first event of this command. */
const intentOf = (context: CommandContext, fromVolunteerId: string) => ({ eventId: context.eventId(accountStream(fromVolunteerId), 0), actor: context.actor, correlationId: context.correlationId });
