import type { BeneficiaryGiftTransferView, GiftTransferView } from '@shiji/projections';
import type { Actor } from '../../write-side/command-context';

/**
 * A gift to family as a move between two accounts: the giver's debit (the
 * intent, already stored) and the receiver's credit that follows it. Built
 * the same way by the request that began it and by the process manager from
 * the transfers view, so both take the same step.
 */
export interface GiftMove {
  transferId: string;
  giftId: string;
  fromVolunteerId: string;
  fromCommunityId: string | undefined;
  toVolunteerId: string;
  minutes: number;
  intent: { eventId: string; actor: Actor; correlationId: string };
}

export function giftMoveOf(transfer: GiftTransferView): GiftMove {
  return {
    transferId: transfer.transferId,
    giftId: transfer.giftId,
    fromVolunteerId: transfer.fromVolunteerId,
    fromCommunityId: transfer.communityId ?? undefined,
    toVolunteerId: transfer.toVolunteerId,
    minutes: transfer.minutes,
    intent: { eventId: transfer.intent.eventId, actor: transfer.intent.actor, correlationId: transfer.intent.correlationId },
  };
}

/** A gift to a resident in need declared as family: the giver's debit (the intent), then the resident's granted credit. */
export interface BeneficiaryGiftMove {
  transferId: string;
  giftId: string;
  fromVolunteerId: string;
  fromCommunityId: string | undefined;
  beneficiaryId: string;
  minutes: number;
  intent: { eventId: string; actor: Actor; correlationId: string };
}

export function beneficiaryGiftMoveOf(transfer: BeneficiaryGiftTransferView): BeneficiaryGiftMove {
  return {
    transferId: transfer.transferId,
    giftId: transfer.giftId,
    fromVolunteerId: transfer.fromVolunteerId,
    fromCommunityId: transfer.communityId ?? undefined,
    beneficiaryId: transfer.beneficiaryId,
    minutes: transfer.minutes,
    intent: { eventId: transfer.intent.eventId, actor: transfer.intent.actor, correlationId: transfer.intent.correlationId },
  };
}
