import { evolveTimeAccount, foldTimeAccount, initialTimeAccount, type AccountEvent, type TimeAccount } from '@shiji/domain';
import fc from 'fast-check';

const volunteerId = 'v-1';

/**
 * One step of a history. Steps about a record, a redemption or a card pick
 * one the history already has (by `pick`, modulo how many there are), or an
 * unknown one when `known` is false, so histories also hold the events an
 * account must ignore.
 */
type Step =
  | { kind: 'record'; day: number; minutes: number }
  | { kind: 'verify' | 'correct' | 'reject'; pick: number; known: boolean; minutes: number; verified: boolean }
  | { kind: 'issue' | 'suspend' | 'reinstate' | 'lose' }
  | { kind: 'redeem'; minutes: number }
  | { kind: 'reverse'; pick: number; known: boolean }
  | { kind: 'claim'; reward: number; period: string | null }
  | { kind: 'certify'; starLevel: number }
  | { kind: 'give'; minutes: number; member: number; toResident: boolean }
  | { kind: 'receive'; minutes: number }
  | { kind: 'return'; pick: number; known: boolean };

const minutes = fc.integer({ min: 1, max: 1440 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('record' as const), day: fc.integer({ min: 0, max: 400 }), minutes }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constantFrom('verify' as const, 'correct' as const, 'reject' as const), pick: fc.nat(), known: fc.boolean(), minutes, verified: fc.boolean() }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constantFrom('issue' as const, 'suspend' as const, 'reinstate' as const, 'lose' as const) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('redeem' as const), minutes }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(), known: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('claim' as const), reward: fc.integer({ min: 0, max: 3 }), period: fc.constantFrom(null, '2026-03', '2026-Q2', '2026') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('certify' as const), starLevel: fc.integer({ min: 1, max: 5 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('give' as const), minutes, member: fc.integer({ min: 0, max: 2 }), toResident: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('receive' as const), minutes }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('return' as const), pick: fc.nat(), known: fc.boolean() }), weight: 1 },
);

/** The events the steps describe, with ids that refer back to what the history holds. */
function historyOf(steps: readonly Step[]): AccountEvent[] {
  const records: string[] = [];
  const redemptions: string[] = [];
  const gifts: string[] = [];
  let cards = 0;
  const cardNumber = () => `SJ-${String(cards).padStart(4, '0')}`;
  const chosen = (ids: readonly string[], pick: number, known: boolean, unknown: string) => (known && ids.length > 0 ? ids[pick % ids.length] : unknown);
  return steps.map((s, index): AccountEvent => {
    switch (s.kind) {
      case 'record': {
        const recordId = `r-${records.length}`;
        records.push(recordId);
        // Several records a day, and days on both sides of Shanghai midnight (16:00 UTC).
        const startedAt = new Date(Date.UTC(2025, 0, 1) + s.day * 43_200_000 + (index % 5) * 3_600_000).toISOString();
        return { type: 'ServiceRecorded', data: { recordId, volunteerId, communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt, minutes: s.minutes, redemptionId: null, recordedBy: 'staff-1' } };
      }
      case 'verify':
        return { type: 'ServiceVerified', data: { recordId: chosen(records, s.pick, s.known, 'r-unknown'), volunteerId, minutes: s.minutes, verifiedBy: 'staff-2' } };
      case 'reject':
        return { type: 'ServiceRejected', data: { recordId: chosen(records, s.pick, s.known, 'r-unknown'), volunteerId, reason: '不属实' } };
      case 'correct':
        return {
          type: 'ServiceCorrected',
          data: { recordId: chosen(records, s.pick, s.known, 'r-unknown'), volunteerId, previousMinutes: 0, minutes: s.minutes, verified: s.verified, reason: '更正' },
        };
      case 'issue': {
        const replaces = cards === 0 ? null : cardNumber();
        cards += 1;
        return { type: 'TimeCardIssued', data: { volunteerId, cardNumber: cardNumber(), replacesCardNumber: replaces } };
      }
      case 'suspend':
        return { type: 'TimeCardSuspended', data: { volunteerId, cardNumber: cardNumber(), reason: '核查' } };
      case 'reinstate':
        return { type: 'TimeCardReinstated', data: { volunteerId, cardNumber: cardNumber() } };
      case 'lose':
        return { type: 'TimeCardReportedLost', data: { volunteerId, cardNumber: cardNumber() } };
      case 'redeem': {
        const redemptionId = `red-${redemptions.length}`;
        redemptions.push(redemptionId);
        return { type: 'CreditsRedeemed', data: { redemptionId, volunteerId, cardNumber: cardNumber(), minutes: s.minutes, description: '助浴', requestId: null, providerVolunteerId: null, providerRecord: null } };
      }
      case 'reverse':
        return { type: 'RedemptionReversed', data: { redemptionId: chosen(redemptions, s.pick, s.known, 'red-unknown'), volunteerId, minutes: 0, reason: '服务未提供', refusal: null } };
      case 'claim':
        return { type: 'RewardClaimed', data: { claimId: `cl-${index}`, volunteerId, rewardId: `rw-${s.reward}`, partnerId: 'p-1', starLevel: 5, period: s.period } };
      case 'certify':
        return { type: 'StarLevelCertified', data: { volunteerId, starLevel: s.starLevel } };
      case 'give': {
        const giftId = `g-${gifts.length}`;
        gifts.push(giftId);
        if (s.toResident) {
          return { type: 'CreditsGivenToBeneficiary', data: { giftId, volunteerId, beneficiaryId: `b-family-${s.member}`, communityId: 'c-1', minutes: s.minutes, year: 2025 + (index % 2) } };
        }
        return { type: 'CreditsGiven', data: { giftId, volunteerId, toVolunteerId: `v-family-${s.member}`, minutes: s.minutes, year: 2025 + (index % 2) } };
      }
      case 'receive':
        return { type: 'GiftReceived', data: { giftId: `g-in-${index}`, volunteerId, fromVolunteerId: 'v-family-0', minutes: s.minutes } };
      case 'return':
        return { type: 'GiftReturned', data: { giftId: chosen(gifts, s.pick, s.known, 'g-unknown'), volunteerId, minutes: 0, reason: '受赠人已注销', refusal: { code: 'RECEIVER_ERASED', details: {} } } };
    }
  });
}

/** Every part of the state as plain data, collections as entry lists in iteration order, for a deep comparison. */
function comparable(account: TimeAccount) {
  return {
    lifetimeMinutes: account.lifetimeMinutes,
    creditMinutes: account.creditMinutes,
    card: account.card,
    records: [...account.records],
    recordsByStartDay: [...account.recordsByStartDay],
    retiredCardNumbers: [...account.retiredCardNumbers],
    redemptions: [...account.redemptions],
    rewardClaims: [...account.rewardClaims],
    claimIds: [...account.claimIds],
    certifiedStarLevels: [...account.certifiedStarLevels],
    family: [...account.gifts.family],
    familyBeneficiaries: [...account.gifts.familyBeneficiaries],
    giftsGiven: [...account.gifts.given],
    givenMinutesByYear: [...account.gifts.givenMinutesByYear],
    giftsReceived: [...account.gifts.received],
  };
}

describe('folding many account events at once', () => {
  it('reaches the state the plain evolve reaches, from any state, leaving that state as it was (1,000 random histories)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 600 }), fc.nat(), (steps, cut) => {
        const events = historyOf(steps);
        const split = events.length === 0 ? 0 : cut % (events.length + 1);
        const oneByOne = events.reduce(evolveTimeAccount, initialTimeAccount());
        const start = foldTimeAccount(initialTimeAccount(), events.slice(0, split));
        const before = comparable(start);
        const atOnce = foldTimeAccount(start, events.slice(split));
        expect(comparable(atOnce)).toEqual(comparable(oneByOne));
        expect(comparable(events.slice(split).reduce(evolveTimeAccount, start))).toEqual(comparable(oneByOne));
        expect(comparable(start)).toEqual(before);
      }),
      { numRuns: 1_000 },
    );
  });
});
