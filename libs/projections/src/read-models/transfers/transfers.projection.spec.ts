import type { AccountEvent, BeneficiaryEvent } from '@shiji/domain';
import { transfersProjection } from '@shiji/projections';
import { eventIdOf, occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(transfersProjection);

const providerRecord = { recordId: 'r-9', startedAt: '2026-02-28T02:00:00.000Z', category: 'elderly_care' as const };
const redeemedWithProvider: AccountEvent = {
  type: 'CreditsRedeemed',
  data: { redemptionId: 'red-1', volunteerId: 'v-1', cardNumber: 'SJ-0001', minutes: 90, description: '助浴', requestId: null, providerVolunteerId: 'v-2', providerRecord },
};
const providerCredited: AccountEvent = {
  type: 'ServiceRecorded',
  data: { recordId: 'r-9', volunteerId: 'v-2', communityId: 'c-1', activityId: null, category: 'elderly_care', description: '助浴', startedAt: providerRecord.startedAt, minutes: 90, redemptionId: 'red-1', recordedBy: 'staff-1' },
};
const reversed = (refusal: { code: 'OVERLAPPING_SERVICE'; details: Record<string, unknown> } | null): AccountEvent => ({
  type: 'RedemptionReversed',
  data: { redemptionId: 'red-1', volunteerId: 'v-1', minutes: 90, reason: refusal ? '服务记录被拒' : '服务未提供', refusal },
});
const pending = {
  transferId: 'redemption:red-1', kind: 'redemption', status: 'pending', fromVolunteerId: 'v-1', toVolunteerId: 'v-2', minutes: 90, communityId: null,
  redemptionId: 'red-1', description: '助浴', providerRecord,
  intent: { eventId: eventIdOf(1), position: 1, actor: { id: 'staff-1', role: 'staff' }, correlationId: 'command-1', at: at(1) },
  settledAt: null, refusal: null,
};

describe('the transfers projection', () => {
  it('opens a pending move when a redemption debits the holder for a provider still to be credited', () => {
    spec.given([]).when([redeemedWithProvider]).then({ transfers: { 'redemption:red-1': pending } });
  });

  it('opens nothing for a redemption without a provider, or one whose provider was written beside it (version 1)', () => {
    const noProvider: AccountEvent = { type: 'CreditsRedeemed', data: { ...redeemedWithProvider.data, providerVolunteerId: null, providerRecord: null } as never };
    const writtenBeside: AccountEvent = { type: 'CreditsRedeemed', data: { ...redeemedWithProvider.data, providerRecord: null } as never };
    spec.given([]).when([noProvider]).thenNothingWritten();
    spec.given([]).when([writtenBeside]).thenNothingWritten();
  });

  it('completes the move when the provider is credited', () => {
    spec.given([redeemedWithProvider]).when([providerCredited]).then({ transfers: { 'redemption:red-1': { ...pending, status: 'completed', settledAt: at(2) } } });
  });

  it('compensates the move when the provider was refused and the holder refunded, keeping the refusal', () => {
    const refusal = { code: 'OVERLAPPING_SERVICE' as const, details: { conflictingRecordId: 'r-3' } };
    spec.given([redeemedWithProvider]).when([reversed(refusal)]).then({ transfers: { 'redemption:red-1': { ...pending, status: 'compensated', settledAt: at(2), refusal } } });
  });

  it('leaves the move pending when staff reverse the redemption: the provider is still owed', () => {
    spec.given([redeemedWithProvider]).when([reversed(null)]).thenNothingWritten();
  });

  it('never reopens or changes a settled move', () => {
    spec.given([redeemedWithProvider, providerCredited]).when([reversed({ code: 'OVERLAPPING_SERVICE', details: {} })]).thenNothingWritten();
  });

  it('ignores a service record that belongs to no redemption', () => {
    spec.given([]).when([{ ...providerCredited, data: { ...providerCredited.data, redemptionId: null } } as AccountEvent]).thenNothingWritten();
  });

  describe('gifts', () => {
    const given: AccountEvent = { type: 'CreditsGiven', data: { giftId: 'g-1', volunteerId: 'v-1', toVolunteerId: 'v-3', minutes: 45, year: 2026 } };
    const open = {
      transferId: 'gift:g-1', kind: 'gift', status: 'pending', fromVolunteerId: 'v-1', toVolunteerId: 'v-3', minutes: 45, communityId: null, giftId: 'g-1',
      intent: { eventId: eventIdOf(1), position: 1, actor: { id: 'staff-1', role: 'staff' }, correlationId: 'command-1', at: at(1) },
      settledAt: null, refusal: null,
    };
    const refusal = { code: 'RECEIVER_ERASED' as const, details: { volunteerId: 'v-3' } };

    it('opens a pending move when the giver is debited, and completes it when the receiver is credited', () => {
      spec.given([]).when([given]).then({ transfers: { 'gift:g-1': open } });
      const received: AccountEvent = { type: 'GiftReceived', data: { giftId: 'g-1', volunteerId: 'v-3', fromVolunteerId: 'v-1', minutes: 45 } };
      spec.given([given]).when([received]).then({ transfers: { 'gift:g-1': { ...open, status: 'completed', settledAt: at(2) } } });
    });

    it('compensates it when the credit went back to the giver, keeping why', () => {
      const returned: AccountEvent = { type: 'GiftReturned', data: { giftId: 'g-1', volunteerId: 'v-1', minutes: 45, reason: '受赠人已注销', refusal } };
      spec.given([given]).when([returned]).then({ transfers: { 'gift:g-1': { ...open, status: 'compensated', settledAt: at(2), refusal } } });
    });
  });

  describe('gifts to a resident in need declared as family', () => {
    const given: AccountEvent = { type: 'CreditsGivenToBeneficiary', data: { giftId: 'g-2', volunteerId: 'v-1', beneficiaryId: 'b-1', communityId: 'c-1', minutes: 30, year: 2026 } };
    const open = {
      transferId: 'gift:g-2', kind: 'beneficiary_gift', status: 'pending', fromVolunteerId: 'v-1', toVolunteerId: null, minutes: 30, communityId: null, giftId: 'g-2', beneficiaryId: 'b-1',
      intent: { eventId: eventIdOf(1), position: 1, actor: { id: 'staff-1', role: 'staff' }, correlationId: 'command-1', at: at(1) },
      settledAt: null, refusal: null,
    };
    const refusal = { code: 'RECEIVER_ERASED' as const, details: { beneficiaryId: 'b-1' } };

    it('opens a pending move when the giver is debited, and completes it when the resident is credited', () => {
      spec.given([]).when([given]).then({ transfers: { 'gift:g-2': open } });
      const received: BeneficiaryEvent = { type: 'BeneficiaryGiftReceived', data: { beneficiaryId: 'b-1', communityId: 'c-1', giftId: 'g-2', fromVolunteerId: 'v-1', minutes: 30 } };
      spec.given([given]).when([received]).then({ transfers: { 'gift:g-2': { ...open, status: 'completed', settledAt: at(2) } } });
    });

    it('compensates it when the credit went back to the giver, keeping why', () => {
      const returned: AccountEvent = { type: 'GiftReturned', data: { giftId: 'g-2', volunteerId: 'v-1', minutes: 30, reason: '受助人已注销', refusal } };
      spec.given([given]).when([returned]).then({ transfers: { 'gift:g-2': { ...open, status: 'compensated', settledAt: at(2), refusal } } });
    });
  });
});
