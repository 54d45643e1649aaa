import { fold, timeAccountDecider, type AccountCommand, type AccountEvent, type RedeemCredits } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(timeAccountDecider);

const volunteerId = 'v-1';

function served(recordId: string, startedAt: string, minutes: number): AccountEvent[] {
  return [
    {
      type: 'ServiceRecorded',
      data: { recordId, volunteerId, communityId: 'c-1', activityId: null, category: 'elderly_care', description: null, startedAt, minutes, redemptionId: null, recordedBy: 'staff-1' },
    },
    { type: 'ServiceVerified', data: { recordId, volunteerId, minutes, verifiedBy: 'staff-2' } },
  ];
}

const issued = (cardNumber: string, replacesCardNumber: string | null = null): AccountEvent => ({ type: 'TimeCardIssued', data: { volunteerId, cardNumber, replacesCardNumber } });

const redeemed = (redemptionId: string, minutes: number, cardNumber = 'SJ-0001'): AccountEvent => ({
  type: 'CreditsRedeemed',
  data: { redemptionId, volunteerId, cardNumber, minutes, description: '上门助浴', requestId: 'req-1', providerVolunteerId: 'v-2', providerRecord: null },
});

const reversed = (redemptionId: string, minutes: number): AccountEvent => ({ type: 'RedemptionReversed', data: { redemptionId, volunteerId, minutes, reason: '服务未提供', refusal: null } });

const redeem = (redemptionId: string, minutes: number): AccountCommand => ({
  type: 'RedeemCredits',
  volunteerId,
  redemptionId,
  minutes,
  description: '上门助浴',
  requestId: 'req-1',
  providerVolunteerId: 'v-2',
  providerRecord: null,
});

const reverse = (redemptionId: string): AccountCommand => ({ type: 'ReverseRedemption', volunteerId, redemptionId, reason: '服务未提供' });

/** The card level is policy; the history only needs a card and two hours of verified service. */
const holderWithTwoHours = [...served('r-1', '2026-03-01T02:00:00.000Z', 120), issued('SJ-0001')];

describe('redeeming credits with the card', () => {
  it('debits the holder’s credits on the card in use', () => {
    spec.given(holderWithTwoHours).when(redeem('red-1', 90)).then([redeemed('red-1', 90)]);
  });

  it('may spend the whole balance, down to zero', () => {
    spec.given(holderWithTwoHours).when(redeem('red-1', 120)).then([redeemed('red-1', 120)]);
    expect(fold(timeAccountDecider, [...holderWithTwoHours, redeemed('red-1', 120)]).creditMinutes).toBe(0);
  });

  it('never goes below zero, saying what is left', () => {
    spec.given(holderWithTwoHours).when(redeem('red-1', 121)).thenThrows('INSUFFICIENT_CREDITS', { creditMinutes: 120, requestedMinutes: 121 });
  });

  it('counts earlier redemptions against the balance', () => {
    spec
      .given([...holderWithTwoHours, redeemed('red-1', 100)])
      .when(redeem('red-2', 30))
      .thenThrows('INSUFFICIENT_CREDITS', { creditMinutes: 20, requestedMinutes: 30 });
  });

  it('counts only verified service as credit', () => {
    const unverified: AccountEvent = {
      type: 'ServiceRecorded',
      data: { recordId: 'r-2', volunteerId, communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt: '2026-03-01T05:00:00.000Z', minutes: 600, redemptionId: null, recordedBy: 'staff-1' },
    };
    spec.given([...holderWithTwoHours, unverified]).when(redeem('red-1', 121)).thenThrows('INSUFFICIENT_CREDITS', { creditMinutes: 120 });
  });

  it('an account that owes after a correction cannot redeem', () => {
    const owing = [
      ...holderWithTwoHours,
      redeemed('red-1', 100),
      { type: 'ServiceCorrected', data: { recordId: 'r-1', volunteerId, previousMinutes: 120, minutes: 30, verified: true, reason: '时长登记有误' } } as AccountEvent,
    ];
    expect(fold(timeAccountDecider, owing).creditMinutes).toBe(-70);
    spec.given(owing).when(redeem('red-2', 1)).thenThrows('INSUFFICIENT_CREDITS', { creditMinutes: -70, requestedMinutes: 1 });
  });

  it('an account back above zero may redeem again', () => {
    const repaid = [
      ...holderWithTwoHours,
      redeemed('red-1', 100),
      { type: 'ServiceCorrected', data: { recordId: 'r-1', volunteerId, previousMinutes: 120, minutes: 30, verified: true, reason: '时长登记有误' } } as AccountEvent,
      ...served('r-2', '2026-03-01T05:00:00.000Z', 100),
    ];
    spec.given(repaid).when(redeem('red-2', 30)).then([redeemed('red-2', 30)]);
  });

  it('never lowers lifetime hours, so never the star level', () => {
    const account = fold(timeAccountDecider, [...holderWithTwoHours, redeemed('red-1', 90)]);
    expect(account).toMatchObject({ lifetimeMinutes: 120, creditMinutes: 30 });
  });

  it('debits once for a retried redemption', () => {
    spec.given([...holderWithTwoHours, redeemed('red-1', 30)]).when(redeem('red-1', 30)).thenThrows('REDEMPTION_ALREADY_EXISTS', { redemptionId: 'red-1' });
  });

  it.each([0, -10, 1441, 12.5])('refuses %p minutes', (minutes) => {
    spec.given(holderWithTwoHours).when(redeem('red-1', minutes)).thenThrows('INVALID_MINUTES', { minutes, min: 1, max: 1440 });
  });

  describe('needs a card that may spend', () => {
    it('no card, no spending', () => {
      spec.given(served('r-1', '2026-03-01T02:00:00.000Z', 120)).when(redeem('red-1', 30)).thenThrows('NO_CARD', { volunteerId });
    });

    it('a suspended card cannot spend', () => {
      spec
        .given([...holderWithTwoHours, { type: 'TimeCardSuspended', data: { volunteerId, cardNumber: 'SJ-0001', reason: '核查中' } }])
        .when(redeem('red-1', 30))
        .thenThrows('CARD_SUSPENDED', { cardNumber: 'SJ-0001' });
    });

    it('a lost card cannot spend', () => {
      spec
        .given([...holderWithTwoHours, { type: 'TimeCardReportedLost', data: { volunteerId, cardNumber: 'SJ-0001' } }])
        .when(redeem('red-1', 30))
        .thenThrows('CARD_LOST', { cardNumber: 'SJ-0001' });
    });

    it('a reinstated card spends again', () => {
      spec
        .given([
          ...holderWithTwoHours,
          { type: 'TimeCardSuspended', data: { volunteerId, cardNumber: 'SJ-0001', reason: '核查中' } },
          { type: 'TimeCardReinstated', data: { volunteerId, cardNumber: 'SJ-0001' } },
        ])
        .when(redeem('red-1', 30))
        .then([redeemed('red-1', 30)]);
    });

    it('after a lost card is re-issued, the new number spends', () => {
      spec
        .given([...holderWithTwoHours, { type: 'TimeCardReportedLost', data: { volunteerId, cardNumber: 'SJ-0001' } }, issued('SJ-0002', 'SJ-0001')])
        .when(redeem('red-1', 30))
        .then([redeemed('red-1', 30, 'SJ-0002')]);
    });
  });
});

describe('reversing a redemption', () => {
  const afterRedemption = [...holderWithTwoHours, redeemed('red-1', 90)];

  it('gives back what was redeemed', () => {
    spec.given(afterRedemption).when(reverse('red-1')).then([reversed('red-1', 90)]);
  });

  it('restores the credit', () => {
    expect(fold(timeAccountDecider, [...afterRedemption, reversed('red-1', 90)])).toMatchObject({ creditMinutes: 120, lifetimeMinutes: 120 });
  });

  it('happens once', () => {
    spec.given([...afterRedemption, reversed('red-1', 90)]).when(reverse('red-1')).thenThrows('REDEMPTION_ALREADY_REVERSED', { redemptionId: 'red-1' });
  });

  it('refuses an unknown redemption', () => {
    spec.given(afterRedemption).when(reverse('red-404')).thenThrows('REDEMPTION_NOT_FOUND', { redemptionId: 'red-404' });
  });
});

describe('a redemption that pays its provider', () => {
  const providerRecord = { recordId: 'rec-p', startedAt: '2026-03-02T02:00:00.000Z', category: 'elderly_care' as const };

  it('names the provider’s record to come in the debit: the intent of the move', () => {
    spec
      .given(holderWithTwoHours)
      .when({ ...(redeem('red-1', 60) as RedeemCredits), providerRecord })
      .then([{ ...redeemed('red-1', 60), data: { ...redeemed('red-1', 60).data, providerRecord } } as AccountEvent]);
  });

  describe('refunded when the provider’s record is refused', () => {
    const refusal = { code: 'OVERLAPPING_SERVICE' as const, details: { recordId: 'rec-other' } };
    const refund = (redemptionId: string): AccountCommand => ({ type: 'RefundRefusedRedemption', volunteerId, redemptionId, refusal });
    const afterRedemption = [...holderWithTwoHours, redeemed('red-1', 90)];

    it('gives the credit back and keeps the refusal', () => {
      const events = timeAccountDecider.decide(refund('red-1'), fold(timeAccountDecider, afterRedemption));
      expect(events).toEqual([
        { type: 'RedemptionReversed', data: { redemptionId: 'red-1', volunteerId, minutes: 90, reason: expect.stringContaining('OVERLAPPING_SERVICE'), refusal } },
      ]);
      const account = fold(timeAccountDecider, [...afterRedemption, ...events]);
      expect(account.creditMinutes).toBe(120);
      expect(account.redemptions.get('red-1')).toEqual({ minutes: 90, reversed: true, refusal });
    });

    it('after staff reversed the redemption, notes the refusal with nothing more to give back', () => {
      const afterReversal = [...afterRedemption, reversed('red-1', 90)];
      const events = timeAccountDecider.decide(refund('red-1'), fold(timeAccountDecider, afterReversal));
      expect(events).toEqual([{ type: 'RedemptionReversed', data: expect.objectContaining({ redemptionId: 'red-1', minutes: 0, refusal }) }]);
      expect(fold(timeAccountDecider, [...afterReversal, ...events])).toMatchObject({ creditMinutes: 120 });
    });

    it('happens once', () => {
      const refunded = timeAccountDecider.decide(refund('red-1'), fold(timeAccountDecider, afterRedemption));
      spec.given([...afterRedemption, ...refunded]).when(refund('red-1')).thenThrows('REDEMPTION_ALREADY_REVERSED', { redemptionId: 'red-1' });
    });

    it('refuses an unknown redemption', () => {
      spec.given(holderWithTwoHours).when(refund('red-404')).thenThrows('REDEMPTION_NOT_FOUND', { redemptionId: 'red-404' });
    });
  });
});
