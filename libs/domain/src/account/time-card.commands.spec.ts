import { fold, initialPolicy, timeAccountDecider, type AccountCommand, type AccountEvent, type Policy } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(timeAccountDecider);

const volunteerId = 'v-1';
const defaultPolicy = initialPolicy();

/** `total` verified minutes as back-to-back 24-hour records from Shanghai midnight, 2024-01-02. */
function verifiedService(total: number): AccountEvent[] {
  const events: AccountEvent[] = [];
  let start = Date.parse('2024-01-01T16:00:00.000Z');
  for (let left = total, n = 1; left > 0; n += 1) {
    const minutes = Math.min(left, 1440);
    const recordId = `past-${n}`;
    events.push(
      {
        type: 'ServiceRecorded',
        data: { recordId, volunteerId, communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt: new Date(start).toISOString(), minutes, redemptionId: null, recordedBy: 'staff-1' },
      },
      { type: 'ServiceVerified', data: { recordId, volunteerId, minutes, verifiedBy: 'staff-2' } },
    );
    start += minutes * 60_000;
    left -= minutes;
  }
  return events;
}

const issued = (cardNumber: string, replacesCardNumber: string | null = null): AccountEvent => ({ type: 'TimeCardIssued', data: { volunteerId, cardNumber, replacesCardNumber } });
const suspended = (cardNumber: string): AccountEvent => ({ type: 'TimeCardSuspended', data: { volunteerId, cardNumber, reason: '暂停使用' } });
const reinstated = (cardNumber: string): AccountEvent => ({ type: 'TimeCardReinstated', data: { volunteerId, cardNumber } });
const lost = (cardNumber: string): AccountEvent => ({ type: 'TimeCardReportedLost', data: { volunteerId, cardNumber } });

const issue = (policy: Policy = defaultPolicy): AccountCommand => ({ type: 'IssueCard', volunteerId, cardNumber: 'SJ-0001', policy });
const reissue = (cardNumber: string): AccountCommand => ({ type: 'ReissueCard', volunteerId, cardNumber });
const suspend: AccountCommand = { type: 'SuspendCard', volunteerId, reason: '暂停使用' };
const reinstate: AccountCommand = { type: 'ReinstateCard', volunteerId };
const reportLost: AccountCommand = { type: 'ReportCardLost', volunteerId };

const fiveStars = verifiedService(1500 * 60);
const cardHolder = [...fiveStars, issued('SJ-0001')];

describe('the service-time card', () => {
  describe('issuing', () => {
    it('is refused below the card level, saying where the volunteer stands', () => {
      spec
        .given(verifiedService(1499 * 60))
        .when(issue())
        .thenThrows('CARD_LEVEL_NOT_REACHED', { volunteerId, starLevel: 4, requiredStarLevel: 5 });
    });

    it('is refused to a volunteer with no verified service', () => {
      spec.given([]).when(issue()).thenThrows('CARD_LEVEL_NOT_REACHED', { starLevel: 0, requiredStarLevel: 5 });
    });

    it('is granted at exactly 1,500 hours (★★★★★)', () => {
      spec.given(fiveStars).when(issue()).then([issued('SJ-0001')]);
    });

    it('counts only verified hours', () => {
      const lastVerification = fiveStars.length - 1;
      spec
        .given(fiveStars.filter((_, i) => i !== lastVerification))
        .when(issue())
        .thenThrows('CARD_LEVEL_NOT_REACHED', { starLevel: 4 });
    });

    it('follows the card level the policy sets now', () => {
      spec
        .given(verifiedService(1000 * 60))
        .when(issue({ ...defaultPolicy, cardMinStarLevel: 4 }))
        .then([issued('SJ-0001')]);
    });

    it('follows the thresholds the policy sets now', () => {
      spec
        .given(verifiedService(5 * 60))
        .when(issue({ thresholdHours: [1, 2, 3, 4, 5], cardMinStarLevel: 5, requireSeparateVerifier: false, correctionDeadlineDays: 15 }))
        .then([issued('SJ-0001')]);
    });

    it('happens once; a replacement is a re-issue', () => {
      spec.given(cardHolder).when(issue()).thenThrows('CARD_ALREADY_ISSUED', { volunteerId, cardNumber: 'SJ-0001' });
    });
  });

  describe('suspending and reinstating', () => {
    it('an active card can be suspended', () => {
      spec.given(cardHolder).when(suspend).then([suspended('SJ-0001')]);
    });

    it('a suspended card cannot be suspended again', () => {
      spec.given([...cardHolder, suspended('SJ-0001')]).when(suspend).thenThrows('CARD_SUSPENDED', { cardNumber: 'SJ-0001' });
    });

    it('a lost card cannot be suspended', () => {
      spec.given([...cardHolder, lost('SJ-0001')]).when(suspend).thenThrows('CARD_LOST', { cardNumber: 'SJ-0001' });
    });

    it('a suspended card can be reinstated', () => {
      spec.given([...cardHolder, suspended('SJ-0001')]).when(reinstate).then([reinstated('SJ-0001')]);
    });

    it('only a suspended card can be reinstated', () => {
      spec.given(cardHolder).when(reinstate).thenThrows('CARD_NOT_SUSPENDED', { cardNumber: 'SJ-0001' });
      spec.given([...cardHolder, lost('SJ-0001')]).when(reinstate).thenThrows('CARD_NOT_SUSPENDED', { cardNumber: 'SJ-0001' });
    });

    it('the card follows its events', () => {
      expect(fold(timeAccountDecider, [...cardHolder, suspended('SJ-0001')]).card).toEqual({ cardNumber: 'SJ-0001', status: 'suspended' });
      expect(fold(timeAccountDecider, [...cardHolder, suspended('SJ-0001'), reinstated('SJ-0001')]).card).toEqual({ cardNumber: 'SJ-0001', status: 'active' });
      expect(fold(timeAccountDecider, [...cardHolder, lost('SJ-0001')]).card).toEqual({ cardNumber: 'SJ-0001', status: 'lost' });
    });
  });

  describe('loss', () => {
    it('an active or a suspended card can be reported lost', () => {
      spec.given(cardHolder).when(reportLost).then([lost('SJ-0001')]);
      spec.given([...cardHolder, suspended('SJ-0001')]).when(reportLost).then([lost('SJ-0001')]);
    });

    it('a lost card cannot be lost twice', () => {
      spec.given([...cardHolder, lost('SJ-0001')]).when(reportLost).thenThrows('CARD_LOST', { cardNumber: 'SJ-0001' });
    });
  });

  describe('re-issuing', () => {
    it('gives a new number that replaces the old one', () => {
      spec.given([...cardHolder, lost('SJ-0001')]).when(reissue('SJ-0002')).then([issued('SJ-0002', 'SJ-0001')]);
    });

    it('leaves an active card under the new number and retires the old one', () => {
      const account = fold(timeAccountDecider, [...cardHolder, lost('SJ-0001'), issued('SJ-0002', 'SJ-0001')]);
      expect(account.card).toEqual({ cardNumber: 'SJ-0002', status: 'active' });
      expect([...account.retiredCardNumbers]).toEqual(['SJ-0001']);
    });

    it('may replace a suspended card too', () => {
      spec.given([...cardHolder, suspended('SJ-0001')]).when(reissue('SJ-0002')).then([issued('SJ-0002', 'SJ-0001')]);
    });

    it('never brings a retired number back', () => {
      const reissuedTwice = [...cardHolder, lost('SJ-0001'), issued('SJ-0002', 'SJ-0001')];
      spec.given(reissuedTwice).when(reissue('SJ-0001')).thenThrows('CARD_ALREADY_ISSUED', { cardNumber: 'SJ-0001' });
      spec.given(reissuedTwice).when(reissue('SJ-0002')).thenThrows('CARD_ALREADY_ISSUED', { cardNumber: 'SJ-0002' });
    });
  });

  describe('without a card', () => {
    it.each([
      ['re-issued', reissue('SJ-0002')],
      ['suspended', suspend],
      ['reinstated', reinstate],
      ['reported lost', reportLost],
    ])('nothing can be %s', (_case, command) => {
      spec.given(fiveStars).when(command).thenThrows('NO_CARD', { volunteerId });
    });
  });
});
