import { Injectable } from '@nestjs/common';
import { accountStream, beneficiaryDecider, capIdOf, beneficiaryStream, poolDecider, poolStream, type ProviderRecord, type Refusal } from '@shiji/domain';
import type { CapTransferView, DonationTransferView, GrantRedemptionTransferView, GrantTransferView } from '@shiji/projections';
import { CommandContext, type Actor } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { MoveLocks } from '../../write-side/move-locks';
import { payProvider } from '../transfers/pay-provider';
import { completeOrCompensate, type Settlement } from '../transfers/settle-move';

type Intent = { eventId: string; actor: Actor; correlationId: string };

/** A donation as a move: the volunteer's debit (the intent), then the pool's credit. */
export interface DonationMove {
  transferId: string;
  donationId: string;
  volunteerId: string;
  communityId: string;
  minutes: number;
  intent: Intent;
}

/** A grant as a move: the pool's debit (the intent), then the resident in need's credit. */
export interface GrantMove {
  transferId: string;
  grantId: string;
  communityId: string;
  beneficiaryId: string;
  minutes: number;
  intent: Intent;
}

/** A deposit's excess over the storage cap as a move: the volunteer's CreditCapped (the intent), then the pool's credit. */
export interface CapExcessMove {
  transferId: string;
  recordId: string;
  capId: string;
  volunteerId: string;
  communityId: string;
  minutes: number;
  intent: Intent;
}

/** Service for a resident in need paid from their granted credit: the resident's debit (the intent), then the provider's record. */
export interface GrantRedemptionMove {
  transferId: string;
  redemptionId: string;
  communityId: string;
  beneficiaryId: string;
  providerVolunteerId: string;
  providerRecord: ProviderRecord;
  minutes: number;
  description: string;
  intent: Intent;
}

const intentOf = (view: DonationTransferView | GrantTransferView | CapTransferView | GrantRedemptionTransferView): Intent => ({ eventId: view.intent.eventId, actor: view.intent.actor, correlationId: view.intent.correlationId });

export const donationMoveOf = (view: DonationTransferView): DonationMove => ({
  transferId: view.transferId,
  donationId: view.donationId,
  volunteerId: view.fromVolunteerId,
  communityId: view.poolCommunityId,
  minutes: view.minutes,
  intent: intentOf(view),
});

export const capExcessMoveOf = (view: CapTransferView): CapExcessMove => ({
  transferId: view.transferId,
  recordId: view.recordId,
  // Views written before corrections were capped have no capId: their key is the record's.
  capId: capIdOf(view),
  volunteerId: view.fromVolunteerId,
  communityId: view.poolCommunityId,
  minutes: view.minutes,
  intent: intentOf(view),
});

export const grantMoveOf = (view: GrantTransferView): GrantMove => ({
  transferId: view.transferId,
  grantId: view.grantId,
  communityId: view.poolCommunityId,
  beneficiaryId: view.beneficiaryId,
  minutes: view.minutes,
  intent: intentOf(view),
});

export const grantRedemptionMoveOf = (view: GrantRedemptionTransferView): GrantRedemptionMove => ({
  transferId: view.transferId,
  redemptionId: view.redemptionId,
  communityId: view.poolCommunityId,
  beneficiaryId: view.beneficiaryId,
  providerVolunteerId: view.toVolunteerId,
  providerRecord: view.providerRecord as ProviderRecord,
  minutes: view.minutes,
  description: view.description,
  intent: intentOf(view),
});

/**
 * The second steps of the pool's moves, taken alike by the request that
 * began a move and by the process manager after a crash: ids derive from the
 * intent and the move's lock is held, so each lands once. Neither step has a
 * rule that can refuse it (a pool takes every donation; a registered resident
 * every grant), so neither is ever compensated: a step that fails is retried
 * until it lands, and /health shows it pending meanwhile.
 */
@Injectable()
export class PoolSettlement {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly locks: MoveLocks,
  ) {}

  settleDonation(move: DonationMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, async () => {
      const { position } = await this.repository.handle(
        poolStream(move.communityId),
        poolDecider,
        { type: 'ReceiveDonation', communityId: move.communityId, donationId: move.donationId, fromVolunteerId: move.volunteerId, minutes: move.minutes },
        CommandContext.followUp(move.intent, 'credit-pool', now),
      );
      return { refusal: null, position };
    });
  }

  /** Only the process manager takes this step: the deposit that capped the credit leaves it pending for at most a few seconds. */
  settleCapExcess(move: CapExcessMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, async () => {
      const { position } = await this.repository.handle(
        poolStream(move.communityId),
        poolDecider,
        { type: 'ReceiveCapExcess', communityId: move.communityId, recordId: move.recordId, capId: move.capId, volunteerId: move.volunteerId, minutes: move.minutes },
        CommandContext.followUp(move.intent, 'credit-pool', now),
      );
      return { refusal: null, position };
    });
  }

  settleGrant(move: GrantMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, async () => {
      const { position } = await this.repository.handle(
        beneficiaryStream(move.beneficiaryId),
        beneficiaryDecider,
        { type: 'ReceiveGrant', beneficiaryId: move.beneficiaryId, grantId: move.grantId, communityId: move.communityId, minutes: move.minutes },
        CommandContext.followUp(move.intent, 'credit-beneficiary', now),
      );
      return { refusal: null, position };
    });
  }

  /**
   * Pays the provider of a service a resident in need received, as a paid
   * redemption pays its provider (a verified record in their account); when
   * a rule refuses that now (the provider suspended or erased since, a race
   * for their time), the resident gets the granted credit back.
   */
  settleGrantRedemption(move: GrantRedemptionMove, now: Date): Promise<Settlement> {
    return this.locks.run(move.transferId, () =>
      completeOrCompensate({
        refusedBefore: async () => {
          const { state } = await this.repository.load(beneficiaryStream(move.beneficiaryId), beneficiaryDecider, { latest: true });
          return state.exists ? state.redemptions.get(move.redemptionId)?.refusal : null;
        },
        complete: () => payProvider(this.repository, move, now),
        compensate: async (refusal: Refusal) => {
          const { position } = await this.repository.handle(
            beneficiaryStream(move.beneficiaryId),
            beneficiaryDecider,
            { type: 'RefundGrantRedemption', beneficiaryId: move.beneficiaryId, redemptionId: move.redemptionId, refusal },
            CommandContext.followUp(move.intent, 'refund-beneficiary', now),
          );
          return position;
        },
      }),
    );
  }
}

export const donationIntentId = (context: CommandContext, volunteerId: string): string => context.eventId(accountStream(volunteerId), 0);
export const grantIntentId = (context: CommandContext, communityId: string): string => context.eventId(poolStream(communityId), 0);
