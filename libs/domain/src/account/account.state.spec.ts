import { accountStream, evolveTimeAccount, fold, initialTimeAccount, timeAccountDecider, type AccountEvent } from '@shiji/domain';

const volunteerId = 'v-1';

const recorded = (recordId: string, startedAt: string, minutes: number): AccountEvent => ({
  type: 'ServiceRecorded',
  data: { recordId, volunteerId, communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt, minutes, redemptionId: null, recordedBy: 'staff-1' },
});
const verified = (recordId: string, minutes: number): AccountEvent => ({ type: 'ServiceVerified', data: { recordId, volunteerId, minutes, verifiedBy: 'staff-2' } });

const history: AccountEvent[] = [
  recorded('r-1', '2026-03-01T02:00:00.000Z', 120),
  verified('r-1', 120),
  { type: 'TimeCardIssued', data: { volunteerId, cardNumber: 'SJ-0001', replacesCardNumber: null } },
  { type: 'CreditsRedeemed', data: { redemptionId: 'red-1', volunteerId, cardNumber: 'SJ-0001', minutes: 90, description: '助浴', requestId: null, providerVolunteerId: 'v-2', providerRecord: null } },
  { type: 'ServiceCorrected', data: { recordId: 'r-1', volunteerId, previousMinutes: 120, minutes: 60, verified: true, reason: '登记有误' } },
  { type: 'RedemptionReversed', data: { redemptionId: 'red-1', volunteerId, minutes: 90, reason: '服务未提供', refusal: null } },
];

describe('the time account folded from its history', () => {
  it('is one stream per volunteer', () => {
    expect(accountStream('v-1')).toBe('account-v-1');
  });

  it('starts empty', () => {
    expect(initialTimeAccount()).toMatchObject({ lifetimeMinutes: 0, creditMinutes: 0, card: null });
  });

  it.each([
    [1, 0, 0],
    [2, 120, 120],
    [4, 120, 30],
    [5, 60, -30],
    [6, 60, 60],
  ])('after %p events: %p lifetime minutes, %p credit minutes', (count, lifetimeMinutes, creditMinutes) => {
    expect(fold(timeAccountDecider, history.slice(0, count))).toMatchObject({ lifetimeMinutes, creditMinutes });
  });

  it('never changes an earlier state, so any past moment can be asked about', () => {
    const before = fold(timeAccountDecider, history.slice(0, 2));
    const snapshot = { lifetimeMinutes: before.lifetimeMinutes, creditMinutes: before.creditMinutes, card: before.card };
    const records = new Map(before.records);
    fold(timeAccountDecider, history.slice(2), before);
    expect(before).toMatchObject(snapshot);
    expect(new Map(before.records)).toEqual(records);
    expect(before.redemptions.size).toBe(0);
  });

  it('indexes records by the Shanghai day their service started', () => {
    const account = fold(timeAccountDecider, [recorded('r-late', '2026-03-01T16:30:00.000Z', 30), recorded('r-early', '2026-03-01T15:30:00.000Z', 30)]);
    expect(account.recordsByStartDay.get('2026-03-02')).toEqual(['r-late']);
    expect(account.recordsByStartDay.get('2026-03-01')).toEqual(['r-early']);
  });

  it('ignores a verification of a record it does not hold', () => {
    const account = evolveTimeAccount(initialTimeAccount(), verified('r-404', 60));
    expect(account).toMatchObject({ lifetimeMinutes: 0, creditMinutes: 0 });
  });
});

describe('folding many events at once', () => {
  it('gives the same account as evolving one event at a time, without touching the state it started from', () => {
    const long: AccountEvent[] = [];
    for (let day = 0; day < 300; day += 1) {
      const recordId = `r-${day}`;
      long.push(recorded(recordId, new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString(), 30 + (day % 7)), verified(recordId, 30 + (day % 7)));
      if (day % 50 === 0) long.push({ type: 'ServiceCorrected', data: { recordId, volunteerId, previousMinutes: 30 + (day % 7), minutes: 10, verified: true, reason: '更正' } });
    }
    long.push(...history.slice(2));
    const start = fold(timeAccountDecider, long.slice(0, 10));
    const snapshot = JSON.stringify([...start.records]);
    const oneByOne = long.slice(10).reduce(evolveTimeAccount, start);
    const atOnce = fold(timeAccountDecider, long.slice(10), start);
    expect(atOnce).toEqual(oneByOne);
    expect(JSON.stringify([...start.records])).toBe(snapshot);
    expect(atOnce.records.size).toBe(300);
  });
});
