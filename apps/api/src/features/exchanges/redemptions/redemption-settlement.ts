import { Injectable } from '@nestjs/common';
import { accountStream, timeAccountDecider, type Refusal } from '@shiji/domain';
import { CommandContext } from '../../../write-side/command-context';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import { MoveLocks } from '../../../write-side/move-locks';
import { payProvider } from '../../transfers/pay-provider';
import { completeOrCompensate, type Settlement } from '../../transfers/settle-move';
import type { RedemptionMove } from './redemption-move';


/**
 * The second step of a redemption that pays its provider: record and verify
 * the provider's service, or, when a rule refuses it now (a race for the
 * provider's time, the provider suspended or erased since), give the holder
 * the credit back. Idempotent, whoever runs it and however often: the steps'
 * ids derive from the intent, and under the move's lock both accounts are
 * read as stored before anything is decided.
 */
@Injectable()
export class RedemptionSettlement {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly locks: MoveLocks,
  ) {}

  settle(move: RedemptionMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, () =>
      completeOrCompensate({
        refusedBefore: async () => (await this.repository.load(accountStream(move.holderVolunteerId), timeAccountDecider, { latest: true })).state.redemptions.get(move.redemptionId)?.refusal,
        complete: () => payProvider(this.repository, move, now),
        compensate: (refusal) => this.refundHolder(move, refusal, now),
      }),
    );
  }

  private async refundHolder(move: RedemptionMove, refusal: Refusal, now: Date): Promise<number | null> {
    const { position } = await this.repository.handle(
      accountStream(move.holderVolunteerId),
      timeAccountDecider,
      { type: 'RefundRefusedRedemption', volunteerId: move.holderVolunteerId, redemptionId: move.redemptionId, refusal },
      CommandContext.followUp(move.intent, 'refund-holder', now),
      { homeCommunity: move.holderCommunityId },
    );
    return position;
  }
}
