import { Injectable } from '@nestjs/common';
import {
  accountStream,
  ageOn,
  DomainError,
  POLICY_STREAM,
  policyDecider,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
  type AccountCommand,
  type CreditsRedeemed,
  type ProviderRecord,
  type RecordService,
  type RedeemCredits,
  type ServiceCategory,
  type Volunteer,
} from '@shiji/domain';
import { PersonalDataVault } from '../../../personal-data/personal-data-vault';
import { transferIdOfRedemption } from '@shiji/projections';
import type { CommandContext } from '../../../write-side/command-context';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { RedemptionMove } from './redemption-move';
import { RedemptionSettlement } from './redemption-settlement';
export interface RedemptionProvider {
  volunteerId: string;
  startedAt: Date;
  category: ServiceCategory | null;
}

export interface Redemption {
  volunteerId: string;
  minutes: number;
  description: string;
  requestId: string | null;
  provider: RedemptionProvider | null;
}

export interface RedemptionOutcome {
  redemptionId: string;
  volunteerId: string;
  minutes: number;
  /** The holder's credit right after the debit. */
  creditMinutes: number;
  providerRecordId: string | null;
  position: number | null;
}

/**
 * Spending a card holder's credits on a service, and crediting the volunteer
 * who gave it: two accounts, so two appends, never one transaction.
 *
 * 1. Refuse at once what the provider's account would refuse now.
 * 2. Debit the holder. With a provider, the debit is the intent of a move.
 * 3. Settle the move: credit the provider, or, if that is refused after all
 *    (two redemptions racing for one provider's time), refund the holder and
 *    answer with the refusal. A holder is never left debited under a "no".
 *
 * Should the process stop between 2 and 3 (a crash, the database lost), the
 * process manager settles the move from the transfers view within seconds,
 * taking the very same step (see RedemptionSettlement); a retry of the
 * request with its Idempotency-Key finds both steps and answers as the first
 * time would have.
 */
@Injectable()
export class RedemptionProcess {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly settlement: RedemptionSettlement,
    private readonly vault: PersonalDataVault,
  ) {}

  async redeem(context: CommandContext, redemption: Redemption): Promise<RedemptionOutcome> {
    const redemptionId = context.newId('redemption');
    const providerRecord = redemption.provider ? await this.providerRecordIfAccepted(context, redemption, redemptionId) : null;
    const { state: holder } = await this.repository.load(volunteerStream(redemption.volunteerId), volunteerDecider);
    const holderCommunityId = holder.exists ? holder.communityId : undefined;
    const ageRule = await this.ageRule(holder, context.now);

    let creditMinutes = 0;
    const debit = await this.repository.handle(
      accountStream(redemption.volunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        // Built from the state the debit is decided on (on a replay, the state before it): the balance right after.
        creditMinutes = state.creditMinutes - redemption.minutes;
        return {
          type: 'RedeemCredits',
          volunteerId: redemption.volunteerId,
          redemptionId,
          minutes: redemption.minutes,
          description: redemption.description,
          requestId: redemption.requestId,
          providerVolunteerId: redemption.provider?.volunteerId ?? null,
          providerRecord,
          ageRule,
        };
      },
      context,
      { homeCommunity: holderCommunityId },
    );
    const redeemed = debit.events[0] as CreditsRedeemed;

    let position = debit.position;
    if (redemption.provider && providerRecord) {
      const move: RedemptionMove = {
        transferId: transferIdOfRedemption(redemptionId),
        redemptionId,
        holderVolunteerId: redemption.volunteerId,
        holderCommunityId,
        providerVolunteerId: redemption.provider.volunteerId,
        providerRecord,
        minutes: redeemed.data.minutes,
        description: redeemed.data.description,
        intent: { eventId: context.eventId(accountStream(redemption.volunteerId), 0), actor: context.actor, correlationId: context.correlationId },
      };
      const settled = await this.settlement.settle(move, context.now);
      if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
      position = settled.position ?? position;
    }
    return {
      redemptionId,
      volunteerId: redemption.volunteerId,
      minutes: redeemed.data.minutes,
      creditMinutes,
      providerRecordId: providerRecord?.recordId ?? null,
      position,
    };
  }

  /**
   * Where the policy sets an age to spend one's own credits, that age and the
   * holder's on today's Shanghai date, read from the sealed birth date; the
   * age is null when none was recorded or it was erased.
   */
  private async ageRule(holder: Volunteer, now: Date): Promise<RedeemCredits['ageRule']> {
    const { state: policy } = await this.repository.load(POLICY_STREAM, policyDecider);
    const minAge = policy.creditRules.minAgeToRedeem;
    if (minAge === null) return undefined;
    if (!holder.exists || !holder.birthDate) return { minAge, age: null };
    const birthDate = (await this.vault.openTexts([{ volunteerId: holder.volunteerId, sealed: holder.birthDate }])).get(holder.volunteerId) ?? null;
    return { minAge, age: birthDate === null ? null : ageOn(birthDate, now) };
  }

  /** The provider's record the redemption will name, once the provider's account as it stands accepts it. */
  private async providerRecordIfAccepted(context: CommandContext, redemption: Redemption, redemptionId: string): Promise<ProviderRecord> {
    const provider = redemption.provider as RedemptionProvider;
    const recordId = context.newId('record');
    const [{ state: volunteer }, { state: account }] = await Promise.all([
      this.repository.load(volunteerStream(provider.volunteerId), volunteerDecider),
      this.repository.load(accountStream(provider.volunteerId), timeAccountDecider),
    ]);
    const record: RecordService = {
      type: 'RecordService',
      recordId,
      volunteerId: provider.volunteerId,
      volunteer,
      activity: null,
      activityId: null,
      category: provider.category ?? 'other',
      description: redemption.description,
      startedAt: provider.startedAt,
      minutes: redemption.minutes,
      verify: true,
      redemptionId,
      now: context.now,
      // The staff member who redeems answers for the provider's service: the redemption is its verification.
      recordedBy: context.actor.id,
      requireSeparateVerifier: false,
    };
    // A retry finds its own record there already: nothing to check then.
    if (!account.records.has(recordId)) timeAccountDecider.decide(record, account);
    return { recordId, startedAt: provider.startedAt.toISOString(), category: provider.category ?? 'other' };
  }
}
