import type { Refusal } from './account.events';

/** Who a family member is to the volunteer who declares them. */
export const FAMILY_RELATIONS = ['spouse', 'parent', 'child', 'grandparent', 'grandchild'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** A volunteer names a registered volunteer as family; gifts may go to them once staff confirm it. */
export type FamilyMemberDeclared = { type: 'FamilyMemberDeclared'; data: { volunteerId: string; memberVolunteerId: string; relation: FamilyRelation } };

/** Staff checked the relation (household register, ID cards): gifts to the member are allowed from now on. */
export type FamilyMemberConfirmed = { type: 'FamilyMemberConfirmed'; data: { volunteerId: string; memberVolunteerId: string } };

/**
 * Debits the giver's credit (never lifetime minutes) for a family member: the
 * intent of a move whose second step is the receiver's GiftReceived, or, if
 * that is refused, a GiftReturned. `year` is the Shanghai year the yearly
 * limit counts it in.
 */
export type CreditsGiven = { type: 'CreditsGiven'; data: { giftId: string; volunteerId: string; toVolunteerId: string; minutes: number; year: number } };

/** Raises the receiver's credit, never their lifetime minutes: a gift does not raise a star level. */
export type GiftReceived = { type: 'GiftReceived'; data: { giftId: string; volunteerId: string; fromVolunteerId: string; minutes: number } };

/** The receiver's account could not take a gift (erased since it was given): nothing moves, and the receiver's ledger says why. */
export type GiftRefused = { type: 'GiftRefused'; data: { giftId: string; volunteerId: string; fromVolunteerId: string; minutes: number; reason: string; refusal: Refusal } };

/** The move's compensation: the receiver's account refused the gift, so the giver has the credit (and the yearly allowance) back. */
export type GiftReturned = { type: 'GiftReturned'; data: { giftId: string; volunteerId: string; minutes: number; reason: string; refusal: Refusal } };

/**
 * A volunteer names a resident in need of their own community (a beneficiary
 * of the pool, whose name and phone are sealed in their own stream) as
 * family; gifts may go to the resident's granted credit once staff confirm it.
 */
export type FamilyBeneficiaryDeclared = { type: 'FamilyBeneficiaryDeclared'; data: { volunteerId: string; beneficiaryId: string; communityId: string; relation: FamilyRelation } };

/** Staff checked the relation to the resident: gifts to them are allowed from now on. */
export type FamilyBeneficiaryConfirmed = { type: 'FamilyBeneficiaryConfirmed'; data: { volunteerId: string; beneficiaryId: string } };

/**
 * Debits the giver's credit (never lifetime minutes) for a resident in need
 * declared and confirmed as family: the intent of a move whose second step is
 * the resident's BeneficiaryGiftReceived (their granted credit rises), or, if
 * that is refused, a GiftReturned. Counts in the same per-gift and yearly
 * limits as a gift to a volunteer.
 */
export type CreditsGivenToBeneficiary = {
  type: 'CreditsGivenToBeneficiary';
  data: { giftId: string; volunteerId: string; beneficiaryId: string; communityId: string; minutes: number; year: number };
};

/** Debits a volunteer's credit (never lifetime minutes) for their community's pool: the intent of a move whose second step is the pool's PoolDonationReceived. */
export type CreditsDonated = { type: 'CreditsDonated'; data: { donationId: string; volunteerId: string; communityId: string; minutes: number } };

/**
 * A deposit past the street's storage cap: the excess leaves the credit
 * (never lifetime minutes) right after the record's ServiceVerified. With
 * excessTo 'pool' it is the intent of a move whose second step is the
 * community pool's PoolExcessReceived; with 'discard' it is simply not stored.
 */
export type CreditCapped = {
  type: 'CreditCapped';
  data: {
    recordId: string;
    volunteerId: string;
    communityId: string;
    minutes: number;
    capMinutes: number;
    excessTo: 'discard' | 'pool';
    /**
     * The move's key when it is not the record's id: a correction that raises
     * a verified record past the cap is capped too, once per correction
     * (`<recordId>#<n>` for the record's n-th correction).
     */
    capId?: string;
  };
};

/** The key of a capped deposit's move to the pool: the record's id for its verification, its own for a correction's. */
export const capIdOf = (data: { recordId: string; capId?: string }): string => data.capId ?? data.recordId;

export type GiftEvent =
  | FamilyMemberDeclared
  | FamilyMemberConfirmed
  | CreditsGiven
  | GiftReceived
  | GiftRefused
  | GiftReturned
  | CreditsDonated
  | CreditCapped
  | FamilyBeneficiaryDeclared
  | FamilyBeneficiaryConfirmed
  | CreditsGivenToBeneficiary;
