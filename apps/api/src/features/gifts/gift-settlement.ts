import { Injectable } from '@nestjs/common';
import { accountStream, beneficiaryDecider, beneficiaryStream, timeAccountDecider, volunteerDecider, volunteerStream, type Refusal } from '@shiji/domain';
import { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { MoveLocks } from '../../write-side/move-locks';
import { completeOrCompensate, type Settlement } from '../transfers/settle-move';
import type { BeneficiaryGiftMove, GiftMove } from './gift-move';

/**
 * The second step of a gift: credit the receiver, or, when their account
 * refuses it now (the receiver was erased since the gift was given), give
 * the giver the credit back with the refusal. Idempotent whoever runs it and
 * however often: the steps' ids derive from the intent, and under the move's
 * lock the giver's account is read as stored before anything is decided.
 */
@Injectable()
export class GiftSettlement {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly locks: MoveLocks,
  ) {}

  settle(move: GiftMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, () =>
      completeOrCompensate({
        refusedBefore: async () => (await this.repository.load(accountStream(move.fromVolunteerId), timeAccountDecider, { latest: true })).state.gifts.given.get(move.giftId)?.refusal,
        complete: () => this.creditReceiver(move, now),
        compensate: async (refusal) => {
          await this.noteRefusal(move, refusal, now);
          return this.returnToGiver(move, refusal, now);
        },
      }),
    );
  }

  /**
   * The second step of a gift to a resident in need: credit their granted
   * time, or, when refused now (their data erased since), note why on the
   * resident's statement and give the giver the credit back.
   */
  settleToBeneficiary(move: BeneficiaryGiftMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, () =>
      completeOrCompensate({
        refusedBefore: async () => (await this.repository.load(accountStream(move.fromVolunteerId), timeAccountDecider, { latest: true })).state.gifts.given.get(move.giftId)?.refusal,
        complete: async () =>
          (
            await this.repository.handle(
              beneficiaryStream(move.beneficiaryId),
              beneficiaryDecider,
              { type: 'ReceiveFamilyGift', beneficiaryId: move.beneficiaryId, giftId: move.giftId, fromVolunteerId: move.fromVolunteerId, minutes: move.minutes },
              CommandContext.followUp(move.intent, 'credit-resident', now),
            )
          ).position,
        compensate: async (refusal) => {
          await this.repository.handle(
            beneficiaryStream(move.beneficiaryId),
            beneficiaryDecider,
            { type: 'RecordFamilyGiftRefusal', beneficiaryId: move.beneficiaryId, giftId: move.giftId, fromVolunteerId: move.fromVolunteerId, minutes: move.minutes, refusal },
            CommandContext.followUp(move.intent, 'note-refusal', now),
          );
          const { position } = await this.repository.handle(
            accountStream(move.fromVolunteerId),
            timeAccountDecider,
            { type: 'ReturnRefusedGift', volunteerId: move.fromVolunteerId, giftId: move.giftId, refusal },
            CommandContext.followUp(move.intent, 'return-to-giver', now),
            { homeCommunity: move.fromCommunityId },
          );
          return position;
        },
      }),
    );
  }

  private async creditReceiver(move: GiftMove, now: Date): Promise<number | null> {
    const { state: receiver } = await this.repository.load(volunteerStream(move.toVolunteerId), volunteerDecider, { latest: true });
    const { position } = await this.repository.handle(
      accountStream(move.toVolunteerId),
      timeAccountDecider,
      { type: 'ReceiveGift', volunteerId: move.toVolunteerId, giftId: move.giftId, fromVolunteerId: move.fromVolunteerId, minutes: move.minutes, receiver },
      CommandContext.followUp(move.intent, 'credit-receiver', now),
      { homeCommunity: receiver.exists ? receiver.communityId : undefined },
    );
    return position;
  }

  /** Both ledgers say why: the receiver's notes the refusal, the giver's the credit given back. */
  private async noteRefusal(move: GiftMove, refusal: Refusal, now: Date): Promise<void> {
    await this.repository.handle(
      accountStream(move.toVolunteerId),
      timeAccountDecider,
      { type: 'RecordGiftRefusal', volunteerId: move.toVolunteerId, giftId: move.giftId, fromVolunteerId: move.fromVolunteerId, minutes: move.minutes, refusal },
      CommandContext.followUp(move.intent, 'note-refusal', now),
    );
  }

  private async returnToGiver(move: GiftMove, refusal: Refusal, now: Date): Promise<number | null> {
    const { position } = await this.repository.handle(
      accountStream(move.fromVolunteerId),
      timeAccountDecider,
      { type: 'ReturnRefusedGift', volunteerId: move.fromVolunteerId, giftId: move.giftId, refusal },
      CommandContext.followUp(move.intent, 'return-to-giver', now),
      { homeCommunity: move.fromCommunityId },
    );
    return position;
  }
}
