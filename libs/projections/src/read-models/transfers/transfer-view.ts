/**
 * A move of credit between two accounts, from its intent to its settlement.
 * Pending: the first account's event is stored, the second's is not yet;
 * the process manager takes it from there. The intent's event id, actor and
 * correlation are kept so the follow-up can be appended as it would have
 * been by the request that began the move.
 */
interface MoveView extends Record<string, unknown> {
  transferId: string;
  status: 'pending' | 'completed' | 'compensated';
  fromVolunteerId: string;
  toVolunteerId: string;
  minutes: number;
  communityId: string | null;
  intent: { eventId: string; position: number; actor: { id: string; role: string }; correlationId: string; at: string };
  settledAt: string | null;
  refusal: { code: string; details: Record<string, unknown> } | null;
}

/** A redemption paying its provider: the holder's debit, then the provider's record. */
export interface RedemptionTransferView extends MoveView {
  kind: 'redemption';
  redemptionId: string;
  description: string;
  providerRecord: { recordId: string; startedAt: string; category: string };
}

/** A gift to family: the giver's debit, then the receiver's credit. */
export interface GiftTransferView extends MoveView {
  kind: 'gift';
  giftId: string;
}

export type TransferView = RedemptionTransferView | GiftTransferView;
export type TransferKind = TransferView['kind'];
export const TRANSFER_KINDS: readonly TransferKind[] = ['redemption', 'gift'];

export const transferIdOfRedemption = (redemptionId: string): string => `redemption:${redemptionId}`;
export const transferIdOfGift = (giftId: string): string => `gift:${giftId}`;
