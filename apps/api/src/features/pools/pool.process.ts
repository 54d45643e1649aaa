import { Injectable } from '@nestjs/common';
import {
  accountStream,
  beneficiaryDecider,
  beneficiaryStream,
  DomainError,
  poolDecider,
  poolStream,
  requireVolunteer,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
  type AccountCommand,
  type BeneficiaryCommand,
  type PoolCommand,
  type ProviderRecord,
  type RecordService,
} from '@shiji/domain';
import { transferIdOfDonation, transferIdOfGrant, transferIdOfRedemption } from '@shiji/projections';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { donationIntentId, grantIntentId, PoolSettlement } from './pool-moves';

/**
 * Moves in and out of a community's pool (公益时间池), each two appends:
 * a donation debits the volunteer (intent) and credits their community's
 * pool; a grant debits the pool (intent) and credits a resident in need.
 * The request takes both steps; after a crash between them the process
 * manager takes the second (PoolSettlement).
 */
@Injectable()
export class PoolProcess {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly settlement: PoolSettlement,
  ) {}

  async donate(context: CommandContext, volunteerId: string, minutes: number) {
    const donationId = context.newId('donation');
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    const { communityId } = requireVolunteer(volunteer, volunteerId);
    let creditMinutes = 0;
    const debit = await this.repository.handle(
      accountStream(volunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        creditMinutes = state.creditMinutes - minutes;
        return { type: 'DonateCredits', volunteerId, donationId, communityId, minutes };
      },
      context,
      { homeCommunity: communityId },
    );
    const intent = { eventId: donationIntentId(context, volunteerId), actor: context.actor, correlationId: context.correlationId };
    const settled = await this.settlement.settleDonation({ transferId: transferIdOfDonation(donationId), donationId, volunteerId, communityId, minutes, intent }, context.now);
    return { donationId, volunteerId, communityId, minutes, creditMinutes, position: settled.position ?? debit.position };
  }

  async grant(context: CommandContext, grant: { communityId: string; beneficiaryId: string; minutes: number; reason: string }) {
    const grantId = context.newId('grant');
    const { communityId, beneficiaryId, minutes, reason } = grant;
    const { state: beneficiary } = await this.repository.load(beneficiaryStream(beneficiaryId), beneficiaryDecider);
    let poolMinutes = 0;
    const debit = await this.repository.handle(
      poolStream(communityId),
      poolDecider,
      (pool): PoolCommand => {
        poolMinutes = pool.balanceMinutes - minutes;
        return { type: 'GrantFromPool', communityId, grantId, beneficiaryId, minutes, reason, beneficiary };
      },
      context,
    );
    const intent = { eventId: grantIntentId(context, communityId), actor: context.actor, correlationId: context.correlationId };
    const settled = await this.settlement.settleGrant({ transferId: transferIdOfGrant(grantId), grantId, communityId, beneficiaryId, minutes, intent }, context.now);
    return { grantId, communityId, beneficiaryId, minutes, poolMinutes, position: settled.position ?? debit.position };
  }

  /**
   * Service a resident in need received, paid from the credit granted to
   * them: the resident's debit (never past what is left), then the
   * provider's verified record, as a paid redemption pays its provider. A
   * provider refused now gives the resident the credit back and answers why.
   */
  async redeemGrant(
    context: CommandContext,
    redemption: { communityId: string; beneficiaryId: string; minutes: number; description: string; provider: { volunteerId: string; startedAt: Date } },
  ) {
    const redemptionId = context.newId('redemption');
    const { communityId, beneficiaryId, minutes, description, provider } = redemption;
    const providerRecord = await this.providerRecordIfAccepted(context, redemption, redemptionId);
    let grantMinutes = 0;
    const debit = await this.repository.handle(
      beneficiaryStream(beneficiaryId),
      beneficiaryDecider,
      (state): BeneficiaryCommand => {
        grantMinutes = state.exists ? state.balanceMinutes - minutes : 0;
        return { type: 'RedeemGrant', beneficiaryId, communityId, redemptionId, minutes, description, providerVolunteerId: provider.volunteerId, providerRecord };
      },
      context,
    );
    const intent = { eventId: context.eventId(beneficiaryStream(beneficiaryId), 0), actor: context.actor, correlationId: context.correlationId };
    const settled = await this.settlement.settleGrantRedemption(
      { transferId: transferIdOfRedemption(redemptionId), redemptionId, communityId, beneficiaryId, providerVolunteerId: provider.volunteerId, providerRecord, minutes, description, intent },
      context.now,
    );
    if (settled.refusal) throw new DomainError(settled.refusal.code, settled.refusal.details);
    return { redemptionId, beneficiaryId, communityId, minutes, grantMinutes, providerRecordId: providerRecord.recordId, position: settled.position ?? debit.position };
  }

  /** The provider's record the redemption will name, once the provider's account as it stands accepts it. */
  private async providerRecordIfAccepted(
    context: CommandContext,
    redemption: { minutes: number; description: string; provider: { volunteerId: string; startedAt: Date } },
    redemptionId: string,
  ): Promise<ProviderRecord> {
    const { provider } = redemption;
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
      category: 'other',
      description: redemption.description,
      startedAt: provider.startedAt,
      minutes: redemption.minutes,
      verify: true,
      redemptionId,
      now: context.now,
      recordedBy: context.actor.id,
      requireSeparateVerifier: false,
    };
    // A retry finds its own record there already: nothing to check then.
    if (!account.records.has(recordId)) timeAccountDecider.decide(record, account);
    return { recordId, startedAt: provider.startedAt.toISOString(), category: 'other' };
  }
}
