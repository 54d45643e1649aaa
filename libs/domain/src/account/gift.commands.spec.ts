import { timeAccountDecider, type AccountCommand, type AccountEvent, type Volunteer } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(timeAccountDecider);

const volunteerId = 'v-giver';
const member = 'v-mother';
const receiver: Volunteer = { exists: true, volunteerId: member, communityId: 'c-1', active: true, partyMember: false, unitId: null, erased: false };
const erased: Volunteer = { ...receiver, erased: true };
const limits = { perGiftMinutes: 120, perYearMinutes: 180 };

const served = (minutes: number): AccountEvent[] => [
  { type: 'ServiceRecorded', data: { recordId: 'r-1', volunteerId, communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt: '2026-01-05T01:00:00.000Z', minutes, redemptionId: null, recordedBy: 'staff-1' } },
  { type: 'ServiceVerified', data: { recordId: 'r-1', volunteerId, minutes, verifiedBy: 'staff-1' } },
];
const declared: AccountEvent = { type: 'FamilyMemberDeclared', data: { volunteerId, memberVolunteerId: member, relation: 'parent' } };
const confirmed: AccountEvent = { type: 'FamilyMemberConfirmed', data: { volunteerId, memberVolunteerId: member } };
const given = (giftId: string, minutes: number, year = 2026): AccountEvent => ({ type: 'CreditsGiven', data: { giftId, volunteerId, toVolunteerId: member, minutes, year } });
const give = (giftId: string, minutes: number, year = 2026, to: Volunteer = receiver): AccountCommand => ({ type: 'GiveCredits', volunteerId, giftId, toVolunteerId: member, minutes, year, limits, receiver: to });
const refusal = { code: 'RECEIVER_ERASED' as const, details: { volunteerId: member } };

describe('family and gifts', () => {
  it('declares a registered volunteer as family once, never oneself, and staff confirm a declared member once', () => {
    spec.given([]).when({ type: 'DeclareFamilyMember', volunteerId, memberVolunteerId: member, relation: 'parent', member: receiver }).then([declared]);
    spec.given([declared]).when({ type: 'DeclareFamilyMember', volunteerId, memberVolunteerId: member, relation: 'parent', member: receiver }).thenThrows('FAMILY_MEMBER_ALREADY_DECLARED');
    spec.given([]).when({ type: 'DeclareFamilyMember', volunteerId, memberVolunteerId: volunteerId, relation: 'child', member: receiver }).thenThrows('FAMILY_MEMBER_IS_SELF');
    spec.given([]).when({ type: 'DeclareFamilyMember', volunteerId, memberVolunteerId: member, relation: 'parent', member: { exists: false } }).thenThrows('VOLUNTEER_NOT_FOUND');
    spec.given([declared]).when({ type: 'ConfirmFamilyMember', volunteerId, memberVolunteerId: member }).then([confirmed]);
    spec.given([declared, confirmed]).when({ type: 'ConfirmFamilyMember', volunteerId, memberVolunteerId: member }).thenThrows('FAMILY_MEMBER_ALREADY_CONFIRMED');
    spec.given([]).when({ type: 'ConfirmFamilyMember', volunteerId, memberVolunteerId: member }).thenThrows('FAMILY_MEMBER_NOT_FOUND');
  });

  it('gives only to a confirmed member who can still hold credit', () => {
    spec.given([...served(300), declared]).when(give('g-1', 60)).thenThrows('NOT_CONFIRMED_FAMILY');
    spec.given([...served(300), declared, confirmed]).when(give('g-1', 60, 2026, erased)).thenThrows('RECEIVER_ERASED');
    spec.given([...served(300), declared, confirmed]).when(give('g-1', 60)).then([given('g-1', 60)]);
  });

  it('never gives more than the credit, past the per-gift limit, or past the year’s limit; a returned gift frees its allowance', () => {
    spec.given([...served(50), declared, confirmed]).when(give('g-1', 60)).thenThrows('INSUFFICIENT_CREDITS');
    spec.given([...served(300), declared, confirmed]).when(give('g-1', 121)).thenThrows('GIFT_LIMIT_EXCEEDED');
    spec.given([...served(300), declared, confirmed, given('g-1', 120)]).when(give('g-2', 61)).thenThrows('GIFT_YEARLY_LIMIT_REACHED');
    spec.given([...served(300), declared, confirmed, given('g-1', 120, 2025)]).when(give('g-2', 120)).then([given('g-2', 120)]);
    const returned: AccountEvent = { type: 'GiftReturned', data: { giftId: 'g-1', volunteerId, minutes: 120, reason: '退回', refusal } };
    spec.given([...served(300), declared, confirmed, given('g-1', 120), returned]).when(give('g-2', 120)).then([given('g-2', 120)]);
  });

  it('credits the receiver once, unless erased since; gives back once, with the refusal, what the receiver refused', () => {
    const receive: AccountCommand = { type: 'ReceiveGift', volunteerId: member, giftId: 'g-1', fromVolunteerId: volunteerId, minutes: 60, receiver };
    const received: AccountEvent = { type: 'GiftReceived', data: { giftId: 'g-1', volunteerId: member, fromVolunteerId: volunteerId, minutes: 60 } };
    spec.given([]).when(receive).then([received]);
    spec.given([received]).when(receive).thenThrows('GIFT_ALREADY_EXISTS');
    spec.given([]).when({ ...receive, receiver: erased } as AccountCommand).thenThrows('RECEIVER_ERASED');

    const back: AccountCommand = { type: 'ReturnRefusedGift', volunteerId, giftId: 'g-1', refusal };
    const returned = timeAccountDecider.decide(back, [...served(300), given('g-1', 60)].reduce(timeAccountDecider.evolve, timeAccountDecider.initialState()));
    expect(returned).toEqual([{ type: 'GiftReturned', data: { giftId: 'g-1', volunteerId, minutes: 60, reason: expect.stringContaining('RECEIVER_ERASED'), refusal } }]);
    spec.given([...served(300), given('g-1', 60), ...returned]).when(back).thenThrows('GIFT_ALREADY_RETURNED');
    spec.given([]).when(back).thenThrows('GIFT_NOT_FOUND');
  });

  it('moves credit, never lifetime minutes', () => {
    const state = [...served(300), declared, confirmed, given('g-1', 100)].reduce(timeAccountDecider.evolve, timeAccountDecider.initialState());
    expect(state).toMatchObject({ creditMinutes: 200, lifetimeMinutes: 300 });
  });
});
