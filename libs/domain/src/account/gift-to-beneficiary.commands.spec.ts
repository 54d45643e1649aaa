import { beneficiaryDecider, timeAccountDecider, type AccountCommand, type AccountEvent, type Beneficiary, type BeneficiaryEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const account = deciderSpecification(timeAccountDecider);
const beneficiaries = deciderSpecification(beneficiaryDecider);

const volunteerId = 'v-giver';
const beneficiaryId = 'b-grandma';
const communityId = 'c-1';
const resident: Beneficiary = { exists: true, beneficiaryId, communityId, balanceMinutes: 0, grants: new Set(), redemptions: new Map(), gifts: new Set(), erased: false };
const erasedResident: Beneficiary = { ...resident, erased: true };
const limits = { perGiftMinutes: 120, perYearMinutes: 180 };

const served = (minutes: number): AccountEvent[] => [
  { type: 'ServiceRecorded', data: { recordId: 'r-1', volunteerId, communityId, activityId: null, category: 'other', description: null, startedAt: '2026-01-05T01:00:00.000Z', minutes, redemptionId: null, recordedBy: 'staff-1' } },
  { type: 'ServiceVerified', data: { recordId: 'r-1', volunteerId, minutes, verifiedBy: 'staff-1' } },
];
const declare = (beneficiary: Beneficiary = resident, inCommunity = communityId): AccountCommand => ({
  type: 'DeclareFamilyBeneficiary',
  volunteerId,
  communityId: inCommunity,
  beneficiaryId,
  relation: 'grandparent',
  beneficiary,
});
const declared: AccountEvent = { type: 'FamilyBeneficiaryDeclared', data: { volunteerId, beneficiaryId, communityId, relation: 'grandparent' } };
const confirmed: AccountEvent = { type: 'FamilyBeneficiaryConfirmed', data: { volunteerId, beneficiaryId } };
const give = (giftId: string, minutes: number, beneficiary: Beneficiary = resident): AccountCommand => ({
  type: 'GiveCreditsToBeneficiary',
  volunteerId,
  giftId,
  beneficiaryId,
  minutes,
  year: 2026,
  limits,
  beneficiary,
});
const given = (giftId: string, minutes: number): AccountEvent => ({ type: 'CreditsGivenToBeneficiary', data: { giftId, volunteerId, beneficiaryId, communityId, minutes, year: 2026 } });
const refusal = { code: 'RECEIVER_ERASED' as const, details: { beneficiaryId } };

describe('a resident in need as family', () => {
  it('declares a resident of the volunteer’s own community once, not erased; staff confirm once', () => {
    account.given([]).when(declare()).then([declared]);
    account.given([declared]).when(declare()).thenThrows('FAMILY_MEMBER_ALREADY_DECLARED');
    account.given([]).when(declare({ exists: false })).thenThrows('BENEFICIARY_NOT_FOUND');
    account.given([]).when(declare(resident, 'c-2')).thenThrows('BENEFICIARY_NOT_FOUND');
    account.given([]).when(declare(erasedResident)).thenThrows('RECEIVER_ERASED');
    account.given([declared]).when({ type: 'ConfirmFamilyBeneficiary', volunteerId, beneficiaryId }).then([confirmed]);
    account.given([declared, confirmed]).when({ type: 'ConfirmFamilyBeneficiary', volunteerId, beneficiaryId }).thenThrows('FAMILY_MEMBER_ALREADY_CONFIRMED');
    account.given([]).when({ type: 'ConfirmFamilyBeneficiary', volunteerId, beneficiaryId }).thenThrows('FAMILY_MEMBER_NOT_FOUND');
  });

  it('gives only to a confirmed resident who is not erased, within the same limits as to a volunteer, never below zero', () => {
    account.given([...served(300), declared]).when(give('g-1', 60)).thenThrows('NOT_CONFIRMED_FAMILY');
    account.given([...served(300), declared, confirmed]).when(give('g-1', 60, erasedResident)).thenThrows('RECEIVER_ERASED');
    account.given([...served(300), declared, confirmed]).when(give('g-1', 60)).then([given('g-1', 60)]);
    account.given([...served(300), declared, confirmed]).when(give('g-1', 121)).thenThrows('GIFT_LIMIT_EXCEEDED');
    account.given([...served(50), declared, confirmed]).when(give('g-1', 60)).thenThrows('INSUFFICIENT_CREDITS');
    account.given([...served(300), declared, confirmed, given('g-1', 120)]).when(give('g-2', 61)).thenThrows('GIFT_YEARLY_LIMIT_REACHED');
    account.given([...served(300), declared, confirmed, given('g-1', 120)]).when(give('g-1', 10)).thenThrows('GIFT_ALREADY_EXISTS');
  });

  it('counts a gift to a volunteer and one to a resident in the same yearly limit', () => {
    const toVolunteer: AccountEvent[] = [
      { type: 'FamilyMemberDeclared', data: { volunteerId, memberVolunteerId: 'v-son', relation: 'child' } },
      { type: 'FamilyMemberConfirmed', data: { volunteerId, memberVolunteerId: 'v-son' } },
      { type: 'CreditsGiven', data: { giftId: 'g-0', volunteerId, toVolunteerId: 'v-son', minutes: 120, year: 2026 } },
    ];
    account.given([...served(300), ...toVolunteer, declared, confirmed]).when(give('g-1', 61)).thenThrows('GIFT_YEARLY_LIMIT_REACHED');
    account.given([...served(300), ...toVolunteer, declared, confirmed]).when(give('g-1', 60)).then([given('g-1', 60)]);
  });

  it('moves credit, never lifetime minutes; a refused gift comes back with its allowance', () => {
    const after = [...served(300), declared, confirmed, given('g-1', 100)].reduce(timeAccountDecider.evolve, timeAccountDecider.initialState());
    expect(after).toMatchObject({ creditMinutes: 200, lifetimeMinutes: 300 });
    const back = timeAccountDecider.decide({ type: 'ReturnRefusedGift', volunteerId, giftId: 'g-1', refusal }, after);
    expect(back).toEqual([{ type: 'GiftReturned', data: { giftId: 'g-1', volunteerId, minutes: 100, reason: expect.stringContaining('RECEIVER_ERASED'), refusal } }]);
    const returned = back.reduce(timeAccountDecider.evolve, after);
    expect(returned).toMatchObject({ creditMinutes: 300, lifetimeMinutes: 300 });
    expect(returned.gifts.givenMinutesByYear.get(2026)).toBe(0);
  });
});

describe('a resident taking a family gift', () => {
  const registered: BeneficiaryEvent = { type: 'BeneficiaryRegistered', data: { beneficiaryId, communityId, personal: { keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' } as never } };
  const receive = { type: 'ReceiveFamilyGift' as const, beneficiaryId, giftId: 'g-1', fromVolunteerId: volunteerId, minutes: 60 };
  const received: BeneficiaryEvent = { type: 'BeneficiaryGiftReceived', data: { beneficiaryId, communityId, giftId: 'g-1', fromVolunteerId: volunteerId, minutes: 60 } };
  const erased: BeneficiaryEvent = { type: 'BeneficiaryErased', data: { beneficiaryId, communityId } };

  it('takes each gift once into the granted credit, which a service can then spend', () => {
    beneficiaries.given([registered]).when(receive).then([received]);
    beneficiaries.given([registered, received]).when(receive).thenThrows('GIFT_ALREADY_EXISTS');
    beneficiaries.given([]).when(receive).thenThrows('BENEFICIARY_NOT_FOUND');
    const state = [registered, received].reduce(beneficiaryDecider.evolve, beneficiaryDecider.initialState());
    expect(state).toMatchObject({ balanceMinutes: 60 });
    const providerRecord = { recordId: 'r-9', startedAt: '2026-02-01T01:00:00.000Z', category: 'other', activityId: null } as never;
    const redeem = { type: 'RedeemGrant' as const, beneficiaryId, communityId, redemptionId: 'x-1', minutes: 60, description: '助浴', providerVolunteerId: 'v-p', providerRecord };
    expect(beneficiaryDecider.decide(redeem, state)).toHaveLength(1);
    beneficiaries.given([registered, received]).when({ ...redeem, minutes: 61 }).thenThrows('INSUFFICIENT_GRANT_CREDITS');
  });

  it('refuses a gift once the resident is erased, and notes the refusal once, moving nothing', () => {
    beneficiaries.given([registered, erased]).when(receive).thenThrows('RECEIVER_ERASED');
    const note = { type: 'RecordFamilyGiftRefusal' as const, beneficiaryId, giftId: 'g-1', fromVolunteerId: volunteerId, minutes: 60, refusal };
    const noted = beneficiaryDecider.decide(note, [registered, erased].reduce(beneficiaryDecider.evolve, beneficiaryDecider.initialState()));
    expect(noted).toEqual([
      { type: 'BeneficiaryGiftRefused', data: { beneficiaryId, communityId, giftId: 'g-1', fromVolunteerId: volunteerId, minutes: 60, reason: expect.stringContaining('RECEIVER_ERASED'), refusal } },
    ]);
    beneficiaries.given([registered, erased, ...noted]).when(note).thenThrows('GIFT_ALREADY_EXISTS');
    const state = [registered, erased, ...noted].reduce(beneficiaryDecider.evolve, beneficiaryDecider.initialState());
    expect(state).toMatchObject({ balanceMinutes: 0 });
  });
});
