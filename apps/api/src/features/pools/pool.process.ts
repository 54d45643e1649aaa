import { Injectable } from '@nestjs/common';
import { accountStream, beneficiaryDecider, beneficiaryStream, poolDecider, poolStream, requireVolunteer, timeAccountDecider, volunteerDecider, volunteerStream, type AccountCommand, type PoolCommand } from '@shiji/domain';
import { transferIdOfDonation, transferIdOfGrant } from '@shiji/projections';
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
}
