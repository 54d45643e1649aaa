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
  /** The volunteers whose accounts the move leaves and reaches; null for a pool or a resident in need. */
  fromVolunteerId: string | null;
  toVolunteerId: string | null;
  minutes: number;
  communityId: string | null;
  intent: { eventId: string; position: number; actor: { id: string; role: string }; correlationId: string; at: string };
  settledAt: string | null;
  refusal: { code: string; details: Record<string, unknown> } | null;
}

/** A redemption paying its provider: the holder's debit, then the provider's record. */
export interface RedemptionTransferView extends MoveView {
  kind: 'redemption';
  fromVolunteerId: string;
  toVolunteerId: string;
  redemptionId: string;
  description: string;
  providerRecord: { recordId: string; startedAt: string; category: string };
}

/** A gift to family: the giver's debit, then the receiver's credit. */
export interface GiftTransferView extends MoveView {
  kind: 'gift';
  fromVolunteerId: string;
  toVolunteerId: string;
  giftId: string;
}

/** A donation: the volunteer's debit, then the community pool's credit. */
export interface DonationTransferView extends MoveView {
  kind: 'donation';
  fromVolunteerId: string;
  toVolunteerId: null;
  donationId: string;
  poolCommunityId: string;
}

/** A grant: the community pool's debit, then the resident in need's credit. */
export interface GrantTransferView extends MoveView {
  kind: 'grant';
  fromVolunteerId: null;
  toVolunteerId: null;
  grantId: string;
  poolCommunityId: string;
  beneficiaryId: string;
}

/** A deposit's excess over the storage cap: the volunteer's CreditCapped, then the community pool's credit. */
export interface CapTransferView extends MoveView {
  kind: 'cap';
  fromVolunteerId: string;
  toVolunteerId: null;
  recordId: string;
  /** The move's key: the record's id for its verification's excess, `<recordId>#<n>` for its n-th correction's (absent from views written before corrections were capped: the record's id). */
  capId?: string;
  poolCommunityId: string;
}

/** Service for a resident in need paid from their granted credit: the resident's debit, then the provider's record. */
export interface GrantRedemptionTransferView extends MoveView {
  kind: 'grant_redemption';
  fromVolunteerId: null;
  toVolunteerId: string;
  redemptionId: string;
  description: string;
  providerRecord: { recordId: string; startedAt: string; category: string };
  poolCommunityId: string;
  beneficiaryId: string;
}

/** A gift to a resident in need declared as family: the giver's debit, then the resident's granted credit. */
export interface BeneficiaryGiftTransferView extends MoveView {
  kind: 'beneficiary_gift';
  fromVolunteerId: string;
  toVolunteerId: null;
  giftId: string;
  beneficiaryId: string;
}

export type TransferView = BeneficiaryGiftTransferView | RedemptionTransferView | GiftTransferView | DonationTransferView | GrantTransferView | CapTransferView | GrantRedemptionTransferView;
export type TransferKind = TransferView['kind'];
export const TRANSFER_KINDS: readonly TransferKind[] = ['redemption', 'gift', 'donation', 'grant', 'cap', 'grant_redemption', 'beneficiary_gift'];

export const transferIdOfRedemption = (redemptionId: string): string => `redemption:${redemptionId}`;
export const transferIdOfGift = (giftId: string): string => `gift:${giftId}`;
export const transferIdOfDonation = (donationId: string): string => `donation:${donationId}`;
export const transferIdOfGrant = (grantId: string): string => `grant:${grantId}`;
export const transferIdOfCapExcess = (capId: string): string => `cap:${capId}`;
