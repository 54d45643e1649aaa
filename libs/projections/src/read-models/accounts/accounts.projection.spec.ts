import type { AccountEvent, PolicyEvent } from '@shiji/domain';
import { accountsProjection } from '@shiji/projections';
import { appendedBy, eventIdOf as eventId, occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(accountsProjection);

const volunteerId = 'v-1';

const recorded = (recordId: string, minutes: number, who = volunteerId, startedAt = '2026-02-27T01:00:00.000Z'): AccountEvent => ({
  type: 'ServiceRecorded',
  data: { recordId, volunteerId: who, communityId: 'c-1', activityId: null, category: 'elderly_care', description: '陪老人聊天', startedAt, minutes, redemptionId: null, recordedBy: 'staff-1' },
});
const verified = (recordId: string, minutes: number, who = volunteerId): AccountEvent => ({ type: 'ServiceVerified', data: { recordId, volunteerId: who, minutes, verifiedBy: 'staff-2' } });
const corrected = (recordId: string, previousMinutes: number, minutes: number, wasVerified: boolean): AccountEvent => ({
  type: 'ServiceCorrected',
  data: { recordId, volunteerId, previousMinutes, minutes, verified: wasVerified, reason: '登记有误' },
});
const cardIssued = (cardNumber: string, replacesCardNumber: string | null = null): AccountEvent => ({ type: 'TimeCardIssued', data: { volunteerId, cardNumber, replacesCardNumber } });
const redeemed = (redemptionId: string, minutes: number): AccountEvent => ({
  type: 'CreditsRedeemed',
  data: { redemptionId, volunteerId, cardNumber: 'SJ-0001', minutes, description: '助浴', requestId: null, providerVolunteerId: 'v-2', providerRecord: null },
});
const reversed = (redemptionId: string, minutes: number): AccountEvent => ({ type: 'RedemptionReversed', data: { redemptionId, volunteerId, minutes, reason: '服务未提供', refusal: null } });
const thresholds = (thresholdHours: number[]): PolicyEvent => ({ type: 'StarThresholdsChanged', data: { thresholdHours, previousThresholdHours: [100, 300, 600, 1000, 1500] } });

/** 100 verified hours: the first star under the default thresholds. */
const hundredHours = [recorded('r-1', 6000), verified('r-1', 6000)];

describe('the accounts projection', () => {
  describe('the account view', () => {
    it('opens with the first deposit, not with a record still waiting to be verified', () => {
      spec.given([]).when([recorded('r-1', 90)]).then({ accounts: { [volunteerId]: null } });
    });

    it('raises lifetime and credit minutes by what a verification deposits', () => {
      spec
        .given([recorded('r-1', 90)])
        .when([verified('r-1', 90)])
        .then({
          accounts: {
            [volunteerId]: {
              volunteerId, lifetimeMinutes: 90, creditMinutes: 90, starLevel: 0, starLevelSince: null, levelHistory: [], card: null, certifiedStarLevels: [], position: 2,
            },
          },
        });
    });

    it('moves by the difference when a verified record is corrected, and not at all for an unverified one', () => {
      spec.given([recorded('r-1', 90), verified('r-1', 90)]).when([corrected('r-1', 90, 60, true)]).then({ accounts: { [volunteerId]: expect.objectContaining({ lifetimeMinutes: 60, creditMinutes: 60 }) } });
      spec.given([recorded('r-1', 90), recorded('r-2', 30), verified('r-2', 30)]).when([corrected('r-1', 90, 60, false)]).then({ accounts: { [volunteerId]: expect.objectContaining({ lifetimeMinutes: 30, creditMinutes: 30, position: 3 }) } });
    });

    it('spends credit minutes on a redemption and gives them back on its reversal; lifetime minutes stay', () => {
      spec.given([recorded('r-1', 120), verified('r-1', 120)]).when([redeemed('red-1', 90)]).then({ accounts: { [volunteerId]: expect.objectContaining({ lifetimeMinutes: 120, creditMinutes: 30 }) } });
      spec.given([recorded('r-1', 60), verified('r-1', 60), redeemed('red-1', 90)]).when([reversed('red-1', 90)]).then({ accounts: { [volunteerId]: expect.objectContaining({ lifetimeMinutes: 60, creditMinutes: 60 }) } });
    });

    it('reaches a star at the threshold, and keeps when and why in its history', () => {
      const reached = { starLevel: 1, at: at(2), position: 2, cause: 'ServiceVerified' };
      spec.given([recorded('r-1', 6000)]).when([verified('r-1', 6000)]).then({ accounts: { [volunteerId]: expect.objectContaining({ starLevel: 1, starLevelSince: reached, levelHistory: [reached] }) } });
    });

    it('loses the star when a correction takes the lifetime minutes below the threshold', () => {
      const reached = { starLevel: 1, at: at(2), position: 2, cause: 'ServiceVerified' };
      const lost = { starLevel: 0, at: at(3), position: 3, cause: 'ServiceCorrected' };
      spec.given(hundredHours).when([corrected('r-1', 6000, 5940, true)]).then({ accounts: { [volunteerId]: expect.objectContaining({ starLevel: 0, starLevelSince: lost, levelHistory: [reached, lost] }) } });
    });

    it('follows the card through issue, suspension, reinstatement and loss', () => {
      const card = (status: string) => ({ accounts: { [volunteerId]: expect.objectContaining({ card: { cardNumber: 'SJ-0001', status, issuedAt: at(3) } }) } });
      spec.given(hundredHours).when([cardIssued('SJ-0001')]).then(card('active'));
      spec.given([...hundredHours, cardIssued('SJ-0001')]).when([{ type: 'TimeCardSuspended', data: { volunteerId, cardNumber: 'SJ-0001', reason: '核查' } }]).then(card('suspended'));
      spec
        .given([...hundredHours, cardIssued('SJ-0001'), { type: 'TimeCardSuspended', data: { volunteerId, cardNumber: 'SJ-0001', reason: '核查' } }])
        .when([{ type: 'TimeCardReinstated', data: { volunteerId, cardNumber: 'SJ-0001' } }])
        .then(card('active'));
      spec.given([...hundredHours, cardIssued('SJ-0001')]).when([{ type: 'TimeCardReportedLost', data: { volunteerId, cardNumber: 'SJ-0001' } }]).then(card('lost'));
    });

    it('shows the replacement card once a lost one is replaced', () => {
      spec
        .given([...hundredHours, cardIssued('SJ-0001'), { type: 'TimeCardReportedLost', data: { volunteerId, cardNumber: 'SJ-0001' } }])
        .when([cardIssued('SJ-0002', 'SJ-0001')])
        .then({ accounts: { [volunteerId]: expect.objectContaining({ card: { cardNumber: 'SJ-0002', status: 'active', issuedAt: at(5) } }) } });
    });

    it('keeps the certified star levels in order', () => {
      spec
        .given([...hundredHours, { type: 'StarLevelCertified', data: { volunteerId, starLevel: 3 } }])
        .when([{ type: 'StarLevelCertified', data: { volunteerId, starLevel: 1 } }])
        .then({ accounts: { [volunteerId]: expect.objectContaining({ certifiedStarLevels: [1, 3], position: 4 }) } });
    });

    it('is not moved by a reward claim', () => {
      spec
        .given(hundredHours)
        .when([{ type: 'RewardClaimed', data: { claimId: 'cl-1', volunteerId, rewardId: 'rw-1', partnerId: 'p-1', starLevel: 1, period: '2026-03' } }])
        .thenNothingWritten();
    });
  });

  describe('the ledger', () => {
    it('writes one entry per deposit, keyed by the event, with the balances after it', () => {
      spec
        .given([recorded('r-1', 90)])
        .when([verified('r-1', 90)])
        .then({
          ledger: {
            [eventId(2)]: {
              entryId: eventId(2), volunteerId, kind: 'verified', reference: 'r-1', lifetimeDelta: 90, creditDelta: 90, lifetimeAfter: 90, creditAfter: 90,
              starLevelAfter: 0, reason: null, eventId: eventId(2), position: 2, occurredAt: at(2),
            },
          },
        });
    });

    it('writes the star level a deposit reached', () => {
      spec.given([recorded('r-1', 6000)]).when([verified('r-1', 6000)]).then({ ledger: { [eventId(2)]: expect.objectContaining({ starLevelAfter: 1 }) } });
    });

    it('records a correction of a verified record with its reason and delta, and none for an unverified one', () => {
      spec
        .given([recorded('r-1', 90), verified('r-1', 90)])
        .when([corrected('r-1', 90, 60, true)])
        .then({ ledger: { [eventId(3)]: expect.objectContaining({ kind: 'corrected', reference: 'r-1', lifetimeDelta: -30, creditDelta: -30, lifetimeAfter: 60, reason: '登记有误' }) } });
      spec.given([recorded('r-1', 90)]).when([corrected('r-1', 90, 60, false)]).then({ ledger: { [eventId(2)]: null } });
    });

    it('records a redemption against credit only, and its reversal', () => {
      spec
        .given([recorded('r-1', 120), verified('r-1', 120)])
        .when([redeemed('red-1', 90), reversed('red-1', 90)])
        .then({
          ledger: {
            [eventId(3)]: expect.objectContaining({ kind: 'redeemed', reference: 'red-1', lifetimeDelta: 0, creditDelta: -90, creditAfter: 30, reason: '助浴' }),
            [eventId(4)]: expect.objectContaining({ kind: 'redemption_reversed', reference: 'red-1', lifetimeDelta: 0, creditDelta: 90, creditAfter: 120, reason: '服务未提供' }),
          },
        });
    });

    it('writes nothing for events that move no minutes', () => {
      spec.given(hundredHours).when([cardIssued('SJ-0001')]).then({ ledger: { [eventId(3)]: null } });
    });
  });

  describe('service records', () => {
    it('are recorded unverified, in the Shanghai year their service started, then verified and corrected', () => {
      const record = {
        recordId: 'r-1', volunteerId, communityId: 'c-1', activityId: null, category: 'elderly_care', description: '陪老人聊天', startedAt: '2026-02-27T01:00:00.000Z',
        year: 2026, minutes: 90, status: 'pending', verified: false, verifiedAt: null, rejection: null, selfReported: false, redemptionId: null, corrections: [], recordedAt: at(1),
        recordedBy: 'staff-1',
      };
      spec.given([]).when([recorded('r-1', 90)]).then({ service_records: { 'r-1': record } });
      spec
        .given([recorded('r-1', 90)])
        .when([verified('r-1', 90), corrected('r-1', 90, 60, true)])
        .then({
          service_records: {
            'r-1': { ...record, status: 'verified', verified: true, verifiedAt: at(2), verifiedBy: 'staff-2', minutes: 60, corrections: [{ previousMinutes: 90, minutes: 60, reason: '登记有误', at: at(3) }] },
          },
        });
    });

    it('say whether the volunteer reported them, and keep why one was rejected, moving no minutes', () => {
      spec
        .given([])
        .when([appendedBy({ id: volunteerId, role: 'volunteer' }, recorded('r-1', 90))])
        .then({ service_records: { 'r-1': expect.objectContaining({ status: 'pending', selfReported: true }) } });
      spec
        .given([recorded('r-1', 90)])
        .when([{ type: 'ServiceRejected', data: { recordId: 'r-1', volunteerId, reason: '活动未举行' } }])
        .then({
          service_records: { 'r-1': expect.objectContaining({ status: 'rejected', verified: false, rejection: { reason: '活动未举行', at: at(2) } }) },
          accounts: { [volunteerId]: null },
          ledger: { [eventId(2)]: null },
        });
    });

    it('count a service started on New Year\'s Eve after 16:00 UTC in the next year', () => {
      spec.given([]).when([recorded('r-1', 60, volunteerId, '2025-12-31T16:30:00.000Z')]).then({ service_records: { 'r-1': expect.objectContaining({ year: 2026 }) } });
    });
  });

  describe('the policy', () => {
    it('re-rates every account at a threshold change, keeping the level each had in its history', () => {
      const first = { starLevel: 1, at: at(2), position: 2, cause: 'ServiceVerified' };
      const rerated = { starLevel: 2, at: at(5), position: 5, cause: 'StarThresholdsChanged' };
      spec
        .given([...hundredHours, recorded('r-2', 60, 'v-2'), verified('r-2', 60, 'v-2')])
        .when([thresholds([50, 100, 600, 1000, 1500])])
        .then({
          accounts: {
            [volunteerId]: expect.objectContaining({ starLevel: 2, starLevelSince: rerated, levelHistory: [first, rerated], position: 5 }),
            'v-2': expect.objectContaining({ starLevel: 0, levelHistory: [], position: 4 }),
          },
          policy: {
            street: {
              thresholdHours: [50, 100, 600, 1000, 1500],
              cardMinStarLevel: 5,
              changes: [{ type: 'StarThresholdsChanged', at: at(5), position: 5, thresholdHours: [50, 100, 600, 1000, 1500], cardMinStarLevel: 5 }],
            },
          },
        });
    });

    it('rates later deposits under the thresholds then in force', () => {
      spec
        .given([thresholds([1, 2, 3, 4, 5]), recorded('r-1', 150)])
        .when([verified('r-1', 150)])
        .then({ accounts: { [volunteerId]: expect.objectContaining({ starLevel: 2 }) } });
    });

    it('keeps the card level change in the policy and re-rates nobody', () => {
      spec
        .given(hundredHours)
        .when([{ type: 'CardLevelChanged', data: { minStarLevel: 4, previousMinStarLevel: 5 } }])
        .then({
          policy: { street: { thresholdHours: [100, 300, 600, 1000, 1500], cardMinStarLevel: 4, changes: [{ type: 'CardLevelChanged', at: at(3), position: 3, thresholdHours: [100, 300, 600, 1000, 1500], cardMinStarLevel: 4 }] } },
          accounts: { [volunteerId]: expect.objectContaining({ position: 2 }) },
        });
    });
  });

  it('passes by events of other streams', () => {
    spec.given([]).when([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }]).thenNothingWritten();
  });
});
