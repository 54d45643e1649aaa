import type { ServiceCategory } from '../activity/service-category';
import type { DomainErrorCode } from '../shared/domain-error';
import type { GiftEvent } from './gift.events';

/** Events of a volunteer's time account: one stream per volunteer, `account-{volunteerId}`. */
export type ServiceRecorded = {
  type: 'ServiceRecorded';
  data: {
    recordId: string;
    volunteerId: string;
    communityId: string;
    activityId: string | null;
    category: ServiceCategory;
    description: string | null;
    startedAt: string;
    minutes: number;
    /** Set when the service was given to redeem another volunteer's credits. */
    redemptionId: string | null;
    /** Who recorded it, so a street that requires it can refuse them as its verifier; null before version 2. */
    recordedBy: string | null;
  };
};

/** Deposits the record's minutes: lifetime and credit both rise. */
export type ServiceVerified = {
  type: 'ServiceVerified';
  /** verifiedBy: who answers for it (谁证明谁负责); null before version 2. */
  data: { recordId: string; volunteerId: string; minutes: number; verifiedBy: string | null };
};

/** A pending record turned down, with the reason the volunteer reads: it never deposits, and its time is free again. */
export type ServiceRejected = { type: 'ServiceRejected'; data: { recordId: string; volunteerId: string; reason: string } };

/** A record's minutes replaced; for a verified record the account moves by the difference. */
export type ServiceCorrected = {
  type: 'ServiceCorrected';
  data: { recordId: string; volunteerId: string; previousMinutes: number; minutes: number; verified: boolean; reason: string };
};

export type TimeCardIssued = { type: 'TimeCardIssued'; data: { volunteerId: string; cardNumber: string; replacesCardNumber: string | null } };
export type TimeCardSuspended = { type: 'TimeCardSuspended'; data: { volunteerId: string; cardNumber: string; reason: string } };
export type TimeCardReinstated = { type: 'TimeCardReinstated'; data: { volunteerId: string; cardNumber: string } };
export type TimeCardReportedLost = { type: 'TimeCardReportedLost'; data: { volunteerId: string; cardNumber: string } };

/** The service the provider gave for a redemption, to be recorded and verified in the provider's account. */
export interface ProviderRecord {
  recordId: string;
  startedAt: string;
  category: ServiceCategory;
}

/**
 * Debits the holder. With a provider it is also the intent of a move: the
 * provider's record (`providerRecord`) follows in the provider's account, or,
 * if that is refused, a RedemptionReversed with a refusal gives the credit back.
 * Version 1 named the provider only; its record was written beside it.
 */
export type CreditsRedeemed = {
  type: 'CreditsRedeemed';
  data: {
    redemptionId: string;
    volunteerId: string;
    cardNumber: string;
    minutes: number;
    description: string;
    requestId: string | null;
    providerVolunteerId: string | null;
    providerRecord: ProviderRecord | null;
  };
};

/** Why a move's second step was refused: the rule, as the domain refused it. */
export interface Refusal {
  code: DomainErrorCode;
  details: Readonly<Record<string, unknown>>;
}

/**
 * Gives a redemption's credit back: reversed by staff (refusal null), or
 * because the provider's record was refused (the move's compensation).
 */
export type RedemptionReversed = {
  type: 'RedemptionReversed';
  data: { redemptionId: string; volunteerId: string; minutes: number; reason: string; refusal: Refusal | null };
};

export type RewardClaimed = {
  type: 'RewardClaimed';
  data: { claimId: string; volunteerId: string; rewardId: string; partnerId: string; starLevel: number; period: string | null };
};

/** The badge was handed out and the activity certificate marked for this level. */
export type StarLevelCertified = { type: 'StarLevelCertified'; data: { volunteerId: string; starLevel: number } };

export type AccountEvent =
  | ServiceRecorded
  | ServiceVerified
  | ServiceCorrected
  | ServiceRejected
  | TimeCardIssued
  | TimeCardSuspended
  | TimeCardReinstated
  | TimeCardReportedLost
  | CreditsRedeemed
  | RedemptionReversed
  | RewardClaimed
  | StarLevelCertified
  | GiftEvent;

/** Every account event type; the compiler checks the list is complete. */
export const ACCOUNT_EVENT_TYPES = Object.keys({
  ServiceRecorded: true,
  ServiceVerified: true,
  ServiceCorrected: true,
  ServiceRejected: true,
  TimeCardIssued: true,
  TimeCardSuspended: true,
  TimeCardReinstated: true,
  TimeCardReportedLost: true,
  CreditsRedeemed: true,
  RedemptionReversed: true,
  RewardClaimed: true,
  StarLevelCertified: true,
  FamilyMemberDeclared: true,
  FamilyMemberConfirmed: true,
  CreditsGiven: true,
  GiftReceived: true,
  GiftRefused: true,
  CreditsDonated: true,
  CreditCapped: true,
  GiftReturned: true,
  FamilyBeneficiaryDeclared: true,
  FamilyBeneficiaryConfirmed: true,
  CreditsGivenToBeneficiary: true,
} satisfies Record<AccountEvent['type'], true>) as ReadonlyArray<AccountEvent['type']>;
