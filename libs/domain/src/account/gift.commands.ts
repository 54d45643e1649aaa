import { DomainError } from '../shared/domain-error';
import { isWholeMinutes } from '../shared/minutes';
import { requireVolunteer, type Volunteer } from '../volunteer/volunteer.decider';
import type { Refusal } from './account.events';
import type { TimeAccount } from './account.state';
import type { Beneficiary } from '../pool/pool.decider';
import type { CreditsDonated, CreditsGiven, CreditsGivenToBeneficiary, FamilyBeneficiaryConfirmed, FamilyBeneficiaryDeclared, FamilyMemberConfirmed, FamilyMemberDeclared, FamilyRelation, GiftReceived, GiftRefused, GiftReturned } from './gift.events';

/** The street's limits on gifts (policy). */
export interface GiftLimits {
  perGiftMinutes: number;
  perYearMinutes: number;
}

export type DeclareFamilyMember = { type: 'DeclareFamilyMember'; volunteerId: string; memberVolunteerId: string; relation: FamilyRelation; member: Volunteer };
export type ConfirmFamilyMember = { type: 'ConfirmFamilyMember'; volunteerId: string; memberVolunteerId: string };
export type GiveCredits = { type: 'GiveCredits'; volunteerId: string; giftId: string; toVolunteerId: string; minutes: number; year: number; limits: GiftLimits; receiver: Volunteer };
export type ReceiveGift = { type: 'ReceiveGift'; volunteerId: string; giftId: string; fromVolunteerId: string; minutes: number; receiver: Volunteer };
export type RecordGiftRefusal = { type: 'RecordGiftRefusal'; volunteerId: string; giftId: string; fromVolunteerId: string; minutes: number; refusal: Refusal };
export type ReturnRefusedGift = { type: 'ReturnRefusedGift'; volunteerId: string; giftId: string; refusal: Refusal };

/** `communityId`: the declaring volunteer's community; the resident must be in need in it. */
export type DeclareFamilyBeneficiary = {
  type: 'DeclareFamilyBeneficiary';
  volunteerId: string;
  communityId: string;
  beneficiaryId: string;
  relation: FamilyRelation;
  beneficiary: Beneficiary;
};
export type ConfirmFamilyBeneficiary = { type: 'ConfirmFamilyBeneficiary'; volunteerId: string; beneficiaryId: string };
export type GiveCreditsToBeneficiary = {
  type: 'GiveCreditsToBeneficiary';
  volunteerId: string;
  giftId: string;
  beneficiaryId: string;
  minutes: number;
  year: number;
  limits: GiftLimits;
  beneficiary: Beneficiary;
};

export type DonateCredits = { type: 'DonateCredits'; volunteerId: string; donationId: string; communityId: string; minutes: number };

export type GiftCommand =
  | DeclareFamilyMember
  | ConfirmFamilyMember
  | GiveCredits
  | ReceiveGift
  | RecordGiftRefusal
  | ReturnRefusedGift
  | DonateCredits
  | DeclareFamilyBeneficiary
  | ConfirmFamilyBeneficiary
  | GiveCreditsToBeneficiary;

/** Credit for the community pool: never below zero, by the account stream's revision. */
export function donateCredits(command: DonateCredits, account: TimeAccount): CreditsDonated[] {
  const { volunteerId, donationId, communityId, minutes } = command;
  if (!isWholeMinutes(minutes, 1, Number.MAX_SAFE_INTEGER)) throw new DomainError('INVALID_MINUTES', { minutes, min: 1 });
  if (account.gifts.donations.has(donationId)) throw new DomainError('DONATION_ALREADY_EXISTS', { donationId });
  if (account.creditMinutes < minutes) throw new DomainError('INSUFFICIENT_CREDITS', { creditMinutes: account.creditMinutes, requestedMinutes: minutes });
  return [{ type: 'CreditsDonated', data: { donationId, volunteerId, communityId, minutes } }];
}

export function declareFamilyMember(command: DeclareFamilyMember, account: TimeAccount): FamilyMemberDeclared[] {
  if (command.memberVolunteerId === command.volunteerId) throw new DomainError('FAMILY_MEMBER_IS_SELF', { volunteerId: command.volunteerId });
  requireReceiver(command.member, command.memberVolunteerId);
  if (account.gifts.family.has(command.memberVolunteerId)) {
    throw new DomainError('FAMILY_MEMBER_ALREADY_DECLARED', { volunteerId: command.volunteerId, memberVolunteerId: command.memberVolunteerId });
  }
  return [{ type: 'FamilyMemberDeclared', data: { volunteerId: command.volunteerId, memberVolunteerId: command.memberVolunteerId, relation: command.relation } }];
}

export function confirmFamilyMember(command: ConfirmFamilyMember, account: TimeAccount): FamilyMemberConfirmed[] {
  const member = account.gifts.family.get(command.memberVolunteerId);
  if (!member) throw new DomainError('FAMILY_MEMBER_NOT_FOUND', { volunteerId: command.volunteerId, memberVolunteerId: command.memberVolunteerId });
  if (member.confirmed) throw new DomainError('FAMILY_MEMBER_ALREADY_CONFIRMED', { volunteerId: command.volunteerId, memberVolunteerId: command.memberVolunteerId });
  return [{ type: 'FamilyMemberConfirmed', data: { volunteerId: command.volunteerId, memberVolunteerId: command.memberVolunteerId } }];
}

/**
 * Never below zero, never past the per-gift or the yearly limit: the giver's
 * stream revision makes each hold under any concurrency.
 */
export function giveCredits(command: GiveCredits, account: TimeAccount): CreditsGiven[] {
  const { volunteerId, toVolunteerId, minutes, limits, year } = command;
  if (!isWholeMinutes(minutes, 1, Number.MAX_SAFE_INTEGER)) throw new DomainError('INVALID_MINUTES', { minutes, min: 1 });
  if (account.gifts.given.has(command.giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId: command.giftId });
  if (!account.gifts.family.get(toVolunteerId)?.confirmed) throw new DomainError('NOT_CONFIRMED_FAMILY', { volunteerId, toVolunteerId });
  requireReceiver(command.receiver, toVolunteerId);
  requireWithinLimits(account, minutes, limits, year);
  return [{ type: 'CreditsGiven', data: { giftId: command.giftId, volunteerId, toVolunteerId, minutes, year } }];
}

/** A resident in need of the volunteer's own community, not erased, declared once. */
export function declareFamilyBeneficiary(command: DeclareFamilyBeneficiary, account: TimeAccount): FamilyBeneficiaryDeclared[] {
  const { volunteerId, communityId, beneficiaryId, relation } = command;
  requireBeneficiary(command.beneficiary, beneficiaryId, communityId);
  if (account.gifts.familyBeneficiaries.has(beneficiaryId)) throw new DomainError('FAMILY_MEMBER_ALREADY_DECLARED', { volunteerId, beneficiaryId });
  return [{ type: 'FamilyBeneficiaryDeclared', data: { volunteerId, beneficiaryId, communityId, relation } }];
}

export function confirmFamilyBeneficiary(command: ConfirmFamilyBeneficiary, account: TimeAccount): FamilyBeneficiaryConfirmed[] {
  const { volunteerId, beneficiaryId } = command;
  const member = account.gifts.familyBeneficiaries.get(beneficiaryId);
  if (!member) throw new DomainError('FAMILY_MEMBER_NOT_FOUND', { volunteerId, beneficiaryId });
  if (member.confirmed) throw new DomainError('FAMILY_MEMBER_ALREADY_CONFIRMED', { volunteerId, beneficiaryId });
  return [{ type: 'FamilyBeneficiaryConfirmed', data: { volunteerId, beneficiaryId } }];
}

/**
 * A gift to a resident in need confirmed as family: the same per-gift and
 * yearly limits as to a volunteer, never below zero. The resident's community
 * is the one the declaration checked; the second step credits their grant.
 */
export function giveCreditsToBeneficiary(command: GiveCreditsToBeneficiary, account: TimeAccount): CreditsGivenToBeneficiary[] {
  const { volunteerId, beneficiaryId, minutes, limits, year, giftId, beneficiary } = command;
  if (!isWholeMinutes(minutes, 1, Number.MAX_SAFE_INTEGER)) throw new DomainError('INVALID_MINUTES', { minutes, min: 1 });
  if (account.gifts.given.has(giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId });
  if (!account.gifts.familyBeneficiaries.get(beneficiaryId)?.confirmed) throw new DomainError('NOT_CONFIRMED_FAMILY', { volunteerId, beneficiaryId });
  const resident = requireBeneficiary(beneficiary, beneficiaryId, null);
  requireWithinLimits(account, minutes, limits, year);
  return [{ type: 'CreditsGivenToBeneficiary', data: { giftId, volunteerId, beneficiaryId, communityId: resident.communityId, minutes, year } }];
}

/** The second step, in the receiver's account; refused when the receiver can no longer hold credit (erased since). */
export function receiveGift(command: ReceiveGift, account: TimeAccount): GiftReceived[] {
  requireReceiver(command.receiver, command.volunteerId);
  if (account.gifts.received.has(command.giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId: command.giftId });
  return [{ type: 'GiftReceived', data: { giftId: command.giftId, volunteerId: command.volunteerId, fromVolunteerId: command.fromVolunteerId, minutes: command.minutes } }];
}

/** Notes in the receiver's account why a gift could not be taken; it moves nothing. */
export function recordGiftRefusal(command: RecordGiftRefusal, account: TimeAccount): GiftRefused[] {
  if (account.gifts.received.has(command.giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId: command.giftId });
  const { code } = command.refusal;
  return [
    {
      type: 'GiftRefused',
      data: {
        giftId: command.giftId,
        volunteerId: command.volunteerId,
        fromVolunteerId: command.fromVolunteerId,
        minutes: command.minutes,
        reason: `账户不能接收转赠（${code}），时间已退回赠与人 / the account could not take the gift (${code}); the credit went back to the giver`,
        refusal: command.refusal,
      },
    },
  ];
}

export function returnRefusedGift(command: ReturnRefusedGift, account: TimeAccount): GiftReturned[] {
  const gift = account.gifts.given.get(command.giftId);
  if (!gift) throw new DomainError('GIFT_NOT_FOUND', { giftId: command.giftId });
  if (gift.refusal) throw new DomainError('GIFT_ALREADY_RETURNED', { giftId: command.giftId });
  const { code } = command.refusal;
  return [
    {
      type: 'GiftReturned',
      data: {
        giftId: command.giftId,
        volunteerId: command.volunteerId,
        minutes: gift.minutes,
        reason: `受赠人账户拒绝接收（${code}），退回服务时间 / the receiver's account refused the gift (${code}); credit returned`,
        refusal: command.refusal,
      },
    },
  ];
}

function requireReceiver(receiver: Volunteer, volunteerId: string): void {
  const found = requireVolunteer(receiver, volunteerId);
  if (found.erased) throw new DomainError('RECEIVER_ERASED', { volunteerId });
}

function requireWithinLimits(account: TimeAccount, minutes: number, limits: GiftLimits, year: number): void {
  if (minutes > limits.perGiftMinutes) throw new DomainError('GIFT_LIMIT_EXCEEDED', { minutes, perGiftMinutes: limits.perGiftMinutes });
  const givenThisYear = account.gifts.givenMinutesByYear.get(year) ?? 0;
  if (givenThisYear + minutes > limits.perYearMinutes) {
    throw new DomainError('GIFT_YEARLY_LIMIT_REACHED', { year, givenMinutes: givenThisYear, requestedMinutes: minutes, perYearMinutes: limits.perYearMinutes });
  }
  if (account.creditMinutes < minutes) throw new DomainError('INSUFFICIENT_CREDITS', { creditMinutes: account.creditMinutes, requestedMinutes: minutes });
}

/** A registered resident in need (of `communityId` when given) whose data is not erased. */
export function requireBeneficiary(beneficiary: Beneficiary, beneficiaryId: string, communityId: string | null): Extract<Beneficiary, { exists: true }> {
  if (!beneficiary.exists || (communityId !== null && beneficiary.communityId !== communityId)) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
  if (beneficiary.erased) throw new DomainError('RECEIVER_ERASED', { beneficiaryId });
  return beneficiary;
}
