import { claimsLeft, fold, initialPolicy, quotaPeriodKey, timeAccountDecider, type AccountCommand, type AccountEvent, type Policy, type Reward } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(timeAccountDecider);

const volunteerId = 'v-1';
const defaultPolicy = initialPolicy();
const at = (iso: string) => new Date(iso);

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

type OfferedReward = Extract<Reward, { exists: true }>;

const clinic: OfferedReward = {
  exists: true,
  rewardId: 'rw-clinic',
  partnerId: 'p-clinic',
  name: '社区卫生服务中心优先就诊',
  kind: 'medical',
  minStarLevel: 5,
  discountPercent: 20,
  quota: { count: 2, period: 'month' },
  withdrawn: false,
};

const claim = (claimId: string, now: string, reward: Reward = clinic, policy: Policy = defaultPolicy): AccountCommand => ({
  type: 'ClaimReward',
  volunteerId,
  claimId,
  reward,
  rewardId: 'rw-clinic',
  policy,
  now: at(now),
});

const claimed = (claimId: string, period: string | null, starLevel = 5): AccountEvent => ({
  type: 'RewardClaimed',
  data: { claimId, volunteerId, rewardId: 'rw-clinic', partnerId: 'p-clinic', starLevel, period },
});

const fiveStars = verifiedService(1500 * 60);
const fourStars = verifiedService(1499 * 60);

describe('claiming a reward', () => {
  describe('star level', () => {
    it('is refused below the reward’s level, saying both levels', () => {
      spec.given(fourStars).when(claim('cl-1', '2026-03-10T02:00:00.000Z')).thenThrows('STAR_LEVEL_TOO_LOW', { starLevel: 4, requiredStarLevel: 5 });
    });

    it('is granted at the level, recording the level and the Shanghai period it counts against', () => {
      spec.given(fiveStars).when(claim('cl-1', '2026-03-10T02:00:00.000Z')).then([claimed('cl-1', '2026-03')]);
    });

    it('is checked against the account as it stands now: a correction below the level refuses it', () => {
      const correctedDown: AccountEvent = {
        type: 'ServiceCorrected',
        data: { recordId: 'past-1', volunteerId, previousMinutes: 1440, minutes: 1380, verified: true, reason: '登记有误' },
      };
      spec.given([...fiveStars, correctedDown]).when(claim('cl-1', '2026-03-10T02:00:00.000Z')).thenThrows('STAR_LEVEL_TOO_LOW', { starLevel: 4 });
    });

    it('is checked against the policy in force now', () => {
      const raised: Policy = { ...defaultPolicy, thresholdHours: [100, 300, 600, 1000, 2000] };
      spec.given(fiveStars).when(claim('cl-1', '2026-03-10T02:00:00.000Z', clinic, raised)).thenThrows('STAR_LEVEL_TOO_LOW', { starLevel: 4, requiredStarLevel: 5 });
    });

    it('is not lowered by redeeming credits', () => {
      const spent: AccountEvent[] = [
        { type: 'TimeCardIssued', data: { volunteerId, cardNumber: 'SJ-0001', replacesCardNumber: null } },
        { type: 'CreditsRedeemed', data: { redemptionId: 'red-1', volunteerId, cardNumber: 'SJ-0001', minutes: 600, description: '家政服务', requestId: null, providerVolunteerId: 'v-2', providerRecord: null } },
      ];
      spec.given([...fiveStars, ...spent]).when(claim('cl-1', '2026-03-10T02:00:00.000Z')).then([claimed('cl-1', '2026-03')]);
    });
  });

  it('refuses a withdrawn reward', () => {
    spec.given(fiveStars).when(claim('cl-1', '2026-03-10T02:00:00.000Z', { ...clinic, withdrawn: true })).thenThrows('REWARD_WITHDRAWN', { rewardId: 'rw-clinic' });
  });

  it('refuses a reward that was never offered', () => {
    spec.given(fiveStars).when(claim('cl-1', '2026-03-10T02:00:00.000Z', { exists: false })).thenThrows('REWARD_NOT_FOUND', { rewardId: 'rw-clinic' });
  });

  it('records a retried claim once', () => {
    spec.given([...fiveStars, claimed('cl-1', '2026-03')]).when(claim('cl-1', '2026-03-10T02:00:00.000Z')).then([]);
  });

  describe('quota per volunteer per Shanghai period', () => {
    const twoThisMonth = [...fiveStars, claimed('cl-1', '2026-03'), claimed('cl-2', '2026-03')];

    it('refuses a claim beyond the month’s quota', () => {
      spec.given(twoThisMonth).when(claim('cl-3', '2026-03-20T02:00:00.000Z')).thenThrows('REWARD_QUOTA_EXHAUSTED', { rewardId: 'rw-clinic', quota: { count: 2, period: 'month' } });
    });

    it('is still March in Shanghai at 2026-03-31T15:59Z', () => {
      spec.given(twoThisMonth).when(claim('cl-3', '2026-03-31T15:59:00.000Z')).thenThrows('REWARD_QUOTA_EXHAUSTED');
    });

    it('starts afresh at Shanghai midnight, 2026-03-31T16:00Z', () => {
      spec.given(twoThisMonth).when(claim('cl-3', '2026-03-31T16:00:00.000Z')).then([claimed('cl-3', '2026-04')]);
    });

    it('counts per quarter', () => {
      const quarterly: OfferedReward = { ...clinic, quota: { count: 1, period: 'quarter' } };
      const oneThisQuarter = [...fiveStars, claimed('cl-1', '2026-Q1')];
      spec.given(oneThisQuarter).when(claim('cl-2', '2026-03-31T15:59:00.000Z', quarterly)).thenThrows('REWARD_QUOTA_EXHAUSTED');
      spec.given(oneThisQuarter).when(claim('cl-2', '2026-03-31T16:00:00.000Z', quarterly)).then([claimed('cl-2', '2026-Q2')]);
    });

    it('counts per year', () => {
      const yearly: OfferedReward = { ...clinic, quota: { count: 1, period: 'year' } };
      const oneIn2025 = [...fiveStars, claimed('cl-1', '2025')];
      spec.given(oneIn2025).when(claim('cl-2', '2025-12-31T15:59:00.000Z', yearly)).thenThrows('REWARD_QUOTA_EXHAUSTED');
      spec.given(oneIn2025).when(claim('cl-2', '2025-12-31T16:00:00.000Z', yearly)).then([claimed('cl-2', '2026')]);
    });

    it('is unlimited without a quota', () => {
      const unlimited: OfferedReward = { ...clinic, quota: null };
      const many = [...fiveStars, ...['cl-1', 'cl-2', 'cl-3', 'cl-4', 'cl-5'].map((id) => claimed(id, null))];
      spec.given(many).when(claim('cl-6', '2026-03-10T02:00:00.000Z', unlimited)).then([claimed('cl-6', null)]);
    });

    it('claimsLeft tells what is left this period', () => {
      const account = fold(timeAccountDecider, [...fiveStars, claimed('cl-1', '2026-03')]);
      expect(claimsLeft(account, clinic, at('2026-03-31T15:59:00.000Z'))).toBe(1);
      expect(claimsLeft(account, clinic, at('2026-03-31T16:00:00.000Z'))).toBe(2);
      expect(claimsLeft(account, { ...clinic, quota: null }, at('2026-03-10T02:00:00.000Z'))).toBeNull();
    });
  });

  describe('quota periods are counted in Shanghai', () => {
    it.each([
      ['month', '2026-02-28T15:59:00.000Z', '2026-02'],
      ['month', '2026-02-28T16:00:00.000Z', '2026-03'],
      ['quarter', '2026-03-31T15:59:00.000Z', '2026-Q1'],
      ['quarter', '2026-03-31T16:00:00.000Z', '2026-Q2'],
      ['quarter', '2026-06-30T16:00:00.000Z', '2026-Q3'],
      ['quarter', '2026-09-30T16:00:00.000Z', '2026-Q4'],
      ['quarter', '2025-12-31T16:00:00.000Z', '2026-Q1'],
      ['year', '2025-12-31T15:59:00.000Z', '2025'],
      ['year', '2025-12-31T16:00:00.000Z', '2026'],
    ] as const)('a %s quota at %s counts against %s', (period, now, key) => {
      expect(quotaPeriodKey(period, at(now))).toBe(key);
    });
  });
});

describe('certifying a star level (badge and certificate)', () => {
  const certify = (starLevel: number, policy: Policy = defaultPolicy): AccountCommand => ({ type: 'CertifyStarLevel', volunteerId, starLevel, policy });
  const certified = (starLevel: number): AccountEvent => ({ type: 'StarLevelCertified', data: { volunteerId, starLevel } });
  const oneStar = verifiedService(100 * 60);

  it('certifies a level the volunteer has reached', () => {
    spec.given(oneStar).when(certify(1)).then([certified(1)]);
  });

  it('may certify a lower level not yet certified', () => {
    spec.given([...fiveStars, certified(5)]).when(certify(3)).then([certified(3)]);
  });

  it('refuses a level not yet reached', () => {
    spec.given(oneStar).when(certify(2)).thenThrows('STAR_LEVEL_TOO_LOW', { starLevel: 1, requiredStarLevel: 2 });
  });

  it('uses the policy in force now', () => {
    spec.given(oneStar).when(certify(2, { ...defaultPolicy, thresholdHours: [50, 100, 600, 1000, 1500] })).then([certified(2)]);
  });

  it.each([0, 6, 1.5])('refuses level %p', (starLevel) => {
    spec.given(fiveStars).when(certify(starLevel)).thenThrows('STAR_LEVEL_TOO_LOW');
  });

  it('certifies each level once', () => {
    spec.given([...oneStar, certified(1)]).when(certify(1)).thenThrows('STAR_LEVEL_ALREADY_CERTIFIED', { starLevel: 1 });
  });
});
