import {
  fold,
  starLevelFor,
  DEFAULT_THRESHOLD_HOURS,
  timeAccountDecider,
  type AccountEvent,
  type Activity,
  type RecordService,
  type ServiceRecorded,
  type AccountCommand,
  type Volunteer,
} from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(timeAccountDecider);

const volunteerId = 'v-1';
const volunteer: Volunteer = { exists: true, volunteerId, communityId: 'c-home', active: true, partyMember: true, unitId: null, erased: false };
const now = new Date('2026-03-02T00:00:00.000Z');

/** 09:00–17:00 Shanghai time on 2026-03-01, in another community than the volunteer's own. */
const activity: Extract<Activity, { exists: true }> = {
  exists: true,
  activityId: 'a-1',
  title: '敬老院探访',
  category: 'elderly_care',
  communityId: 'c-host',
  teamId: 't-1',
  startsAt: '2026-03-01T01:00:00.000Z',
  endsAt: '2026-03-01T09:00:00.000Z',
  place: '幸福里养老院',
  capacity: null,
  seriesId: null,
  cancelled: false,
  participants: new Set([volunteerId]),
  waiting: [],
};

function adHoc(startedAt: string, minutes: number, overrides: Partial<RecordService> = {}): RecordService {
  return {
    type: 'RecordService',
    recordId: 'r-new',
    volunteerId,
    volunteer,
    activity: null,
    activityId: null,
    category: 'other',
    description: '帮独居老人买菜',
    startedAt: new Date(startedAt),
    minutes,
    verify: false,
    redemptionId: null,
    now,
    recordedBy: 'staff-1',
    requireSeparateVerifier: false,
    ...overrides,
  };
}

function atActivity(startedAt: string, minutes: number, overrides: Partial<RecordService> = {}): RecordService {
  return adHoc(startedAt, minutes, { activity, activityId: activity.activityId, category: null, description: null, ...overrides });
}

function recorded(recordId: string, startedAt: string, minutes: number, overrides: Partial<ServiceRecorded['data']> = {}): AccountEvent {
  return {
    type: 'ServiceRecorded',
    data: { recordId, volunteerId, communityId: 'c-home', activityId: null, category: 'other', description: '帮独居老人买菜', startedAt, minutes, redemptionId: null, recordedBy: 'staff-1', ...overrides },
  };
}

const verified = (recordId: string, minutes: number, verifiedBy = 'staff-2'): AccountEvent => ({ type: 'ServiceVerified', data: { recordId, volunteerId, minutes, verifiedBy } });

const corrected = (recordId: string, previousMinutes: number, minutes: number, wasVerified: boolean): AccountEvent => ({
  type: 'ServiceCorrected',
  data: { recordId, volunteerId, previousMinutes, minutes, verified: wasVerified, reason: '登记有误' },
});

/** `total` verified minutes as back-to-back 24-hour records from Shanghai midnight, 2024-01-02. */
function verifiedService(total: number): AccountEvent[] {
  const events: AccountEvent[] = [];
  let start = Date.parse('2024-01-01T16:00:00.000Z');
  for (let left = total, n = 1; left > 0; n += 1) {
    const minutes = Math.min(left, 1440);
    events.push(recorded(`past-${n}`, new Date(start).toISOString(), minutes), verified(`past-${n}`, minutes));
    start += minutes * 60_000;
    left -= minutes;
  }
  return events;
}

describe('recording service', () => {
  describe('ad-hoc help', () => {
    it('is recorded in the volunteer’s community with the category given', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T02:00:00.000Z', 90))
        .then([recorded('r-new', '2026-03-01T02:00:00.000Z', 90)]);
    });

    it('needs a category', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T02:00:00.000Z', 90, { category: null }))
        .thenThrows('CATEGORY_REQUIRED', { recordId: 'r-new' });
    });
  });

  describe('service time is whole minutes, from 1 to 1,440', () => {
    it.each([1, 1440])('%p minutes is accepted', (minutes) => {
      spec
        .given([])
        .when(adHoc('2026-02-28T00:00:00.000Z', minutes))
        .then([recorded('r-new', '2026-02-28T00:00:00.000Z', minutes)]);
    });

    it.each([0, -30, 1441, 59.5, Number.NaN])('%p minutes is refused', (minutes) => {
      spec
        .given([])
        .when(adHoc('2026-02-28T00:00:00.000Z', minutes))
        .thenThrows('INVALID_MINUTES', { min: 1, max: 1440 });
    });
  });

  describe('service cannot be recorded before it is over', () => {
    it('refuses service that ends after now', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T23:30:00.000Z', 31))
        .thenThrows('SERVICE_IN_FUTURE', { startedAt: '2026-03-01T23:30:00.000Z', minutes: 31 });
    });

    it('accepts service that ended just now', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T23:30:00.000Z', 30))
        .then([recorded('r-new', '2026-03-01T23:30:00.000Z', 30)]);
    });
  });

  describe('at a published activity', () => {
    it('takes the activity’s community and category', () => {
      spec
        .given([])
        .when(atActivity('2026-03-01T01:00:00.000Z', 480, { category: 'culture', description: '陪老人聊天' }))
        .then([
          recorded('r-new', '2026-03-01T01:00:00.000Z', 480, { communityId: 'c-host', activityId: 'a-1', category: 'elderly_care', description: '陪老人聊天' }),
        ]);
    });

    it('refuses an activity that does not exist', () => {
      spec
        .given([])
        .when(atActivity('2026-03-01T02:00:00.000Z', 60, { activity: { exists: false }, activityId: 'a-404' }))
        .thenThrows('ACTIVITY_NOT_FOUND', { activityId: 'a-404' });
    });

    it('refuses a cancelled activity', () => {
      spec
        .given([])
        .when(atActivity('2026-03-01T02:00:00.000Z', 60, { activity: { ...activity, cancelled: true } }))
        .thenThrows('ACTIVITY_CANCELLED', { activityId: 'a-1' });
    });

    it('refuses a volunteer who did not sign up and was not added', () => {
      spec
        .given([])
        .when(atActivity('2026-03-01T02:00:00.000Z', 60, { activity: { ...activity, participants: new Set(['v-2']) } }))
        .thenThrows('NOT_SIGNED_UP', { activityId: 'a-1', volunteerId });
    });

    it.each([
      ['starts before the activity', '2026-03-01T00:59:00.000Z', 60],
      ['ends after the activity', '2026-03-01T08:01:00.000Z', 60],
      ['is longer than the activity', '2026-03-01T01:00:00.000Z', 481],
    ])('refuses service that %s', (_case, startedAt, minutes) => {
      spec
        .given([])
        .when(atActivity(startedAt, minutes))
        .thenThrows('SERVICE_OUTSIDE_ACTIVITY', { activityId: 'a-1', startsAt: activity.startsAt, endsAt: activity.endsAt });
    });
  });

  describe('the volunteer', () => {
    it('must be registered', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T02:00:00.000Z', 60, { volunteer: { exists: false } }))
        .thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });

    it('must not be suspended', () => {
      spec
        .given([])
        .when(adHoc('2026-03-01T02:00:00.000Z', 60, { volunteer: { ...volunteer, active: false } }))
        .thenThrows('VOLUNTEER_SUSPENDED', { volunteerId });
    });
  });

  describe('one volunteer is never credited twice for the same time', () => {
    it('refuses service overlapping a recorded interval', () => {
      spec
        .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 60)])
        .when(adHoc('2026-03-01T02:59:00.000Z', 30))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-1' });
    });

    it('refuses service that contains a recorded interval', () => {
      spec
        .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 60)])
        .when(adHoc('2026-03-01T01:00:00.000Z', 180))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-1' });
    });

    it('counts verified records as well', () => {
      spec
        .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 60), verified('r-1', 60)])
        .when(adHoc('2026-03-01T02:30:00.000Z', 10))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-1' });
    });

    it('accepts intervals that only touch, before and after', () => {
      const given = [recorded('r-1', '2026-03-01T02:00:00.000Z', 60)];
      spec.given(given).when(adHoc('2026-03-01T03:00:00.000Z', 30)).then([recorded('r-new', '2026-03-01T03:00:00.000Z', 30)]);
      spec.given(given).when(adHoc('2026-03-01T01:30:00.000Z', 30)).then([recorded('r-new', '2026-03-01T01:30:00.000Z', 30)]);
    });

    it('sees overlap across Shanghai midnight, from a record started the evening before', () => {
      spec
        .given([recorded('r-evening', '2026-03-01T15:00:00.000Z', 120)])
        .when(adHoc('2026-03-01T16:30:00.000Z', 30))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-evening' });
    });

    it('sees overlap across Shanghai midnight, into a record started after midnight', () => {
      spec
        .given([recorded('r-night', '2026-03-01T17:00:00.000Z', 60)])
        .when(adHoc('2026-03-01T15:00:00.000Z', 180))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-night' });
    });

    it('sees the previous day’s 24-hour record reaching into today', () => {
      spec
        .given([recorded('r-long', '2026-02-28T02:00:00.000Z', 1440)])
        .when(adHoc('2026-03-01T01:59:00.000Z', 1))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-long' });
      spec
        .given([recorded('r-long', '2026-02-28T02:00:00.000Z', 1440)])
        .when(adHoc('2026-03-01T02:00:00.000Z', 1))
        .then([recorded('r-new', '2026-03-01T02:00:00.000Z', 1)]);
    });

    it('so no Shanghai day holds more than 24 hours', () => {
      spec
        .given([recorded('r-day', '2026-02-27T16:00:00.000Z', 1440)])
        .when(adHoc('2026-02-28T15:59:00.000Z', 1))
        .thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-day' });
    });

    it('ignores a record corrected to zero minutes', () => {
      spec
        .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 60), corrected('r-1', 60, 0, false)])
        .when(adHoc('2026-03-01T01:30:00.000Z', 120))
        .then([recorded('r-new', '2026-03-01T01:30:00.000Z', 120)]);
    });
  });

  it('refuses a record id already used, even for other time', () => {
    spec
      .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 60)])
      .when(adHoc('2026-02-20T02:00:00.000Z', 60, { recordId: 'r-1' }))
      .thenThrows('SERVICE_RECORD_ALREADY_EXISTS', { recordId: 'r-1' });
  });

  it('records and verifies in one step when staff ask for it', () => {
    spec
      .given([])
      .when(adHoc('2026-03-01T02:00:00.000Z', 90, { verify: true }))
      .then([recorded('r-new', '2026-03-01T02:00:00.000Z', 90), verified('r-new', 90, 'staff-1')]);
  });

  it('keeps the redemption a service was given for', () => {
    spec
      .given([])
      .when(adHoc('2026-03-01T02:00:00.000Z', 90, { redemptionId: 'red-1' }))
      .then([recorded('r-new', '2026-03-01T02:00:00.000Z', 90, { redemptionId: 'red-1' })]);
  });
});

describe('verifying service', () => {
  it('deposits the recorded minutes', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when({ type: 'VerifyService', volunteerId, verifiedBy: 'staff-2', requireSeparateVerifier: false, recordId: 'r-1' }).then([verified('r-1', 90)]);
  });

  it('raises lifetime hours and credit alike; an unverified record counts for nothing', () => {
    const unverified = fold(timeAccountDecider, [recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]);
    expect(unverified).toMatchObject({ lifetimeMinutes: 0, creditMinutes: 0 });
    const deposited = fold(timeAccountDecider, [verified('r-1', 90)], unverified);
    expect(deposited).toMatchObject({ lifetimeMinutes: 90, creditMinutes: 90 });
  });

  it('a second verification is a no-op, so a retry never deposits twice', () => {
    spec
      .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90), verified('r-1', 90)])
      .when({ type: 'VerifyService', volunteerId, verifiedBy: 'staff-2', requireSeparateVerifier: false, recordId: 'r-1' })
      .then([]);
  });

  it('deposits the corrected minutes of a record corrected before verification', () => {
    spec
      .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90), corrected('r-1', 90, 60, false)])
      .when({ type: 'VerifyService', volunteerId, verifiedBy: 'staff-2', requireSeparateVerifier: false, recordId: 'r-1' })
      .then([verified('r-1', 60)]);
  });

  it('refuses an unknown record', () => {
    spec.given([]).when({ type: 'VerifyService', volunteerId, verifiedBy: 'staff-2', requireSeparateVerifier: false, recordId: 'r-404' }).thenThrows('SERVICE_RECORD_NOT_FOUND', { recordId: 'r-404' });
  });
});

describe('four eyes (谁记录谁证明): a street requiring a separate verifier', () => {
  const verify = (verifiedBy: string): AccountCommand => ({ type: 'VerifyService', volunteerId, recordId: 'r-1', verifiedBy, requireSeparateVerifier: true });

  it('refuses the recorder as verifier', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(verify('staff-1')).thenThrows('SEPARATE_VERIFIER_REQUIRED', { recordId: 'r-1' });
  });

  it('lets a second staff member verify', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(verify('staff-2')).then([verified('r-1', 90)]);
  });

  it('refuses recording and verifying in one step', () => {
    spec.given([]).when(adHoc('2026-03-01T02:00:00.000Z', 90, { verify: true, requireSeparateVerifier: true })).thenThrows('SEPARATE_VERIFIER_REQUIRED', { recordId: 'r-new' });
  });

  it('without the requirement, the recorder may verify', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when({ type: 'VerifyService', volunteerId, recordId: 'r-1', verifiedBy: 'staff-1', requireSeparateVerifier: false }).then([verified('r-1', 90, 'staff-1')]);
  });
});

describe('rejecting service', () => {
  const reject = (recordId: string) => ({ type: 'RejectService' as const, volunteerId, recordId, reason: '活动未举行' });
  const rejected = (recordId: string): AccountEvent => ({ type: 'ServiceRejected', data: { recordId, volunteerId, reason: '活动未举行' } });
  const pending = recorded('r-1', '2026-03-01T02:00:00.000Z', 90);

  it('turns a pending record down with the reason', () => {
    spec.given([pending]).when(reject('r-1')).then([rejected('r-1')]);
  });

  it('a second rejection is a no-op, so a retry changes nothing', () => {
    spec.given([pending, rejected('r-1')]).when(reject('r-1')).then([]);
  });

  it('refuses a verified record, which deposited and is corrected instead', () => {
    spec.given([pending, verified('r-1', 90)]).when(reject('r-1')).thenThrows('SERVICE_RECORD_ALREADY_VERIFIED', { recordId: 'r-1' });
  });

  it('refuses an unknown record', () => {
    spec.given([]).when(reject('r-404')).thenThrows('SERVICE_RECORD_NOT_FOUND', { recordId: 'r-404' });
  });

  it('a rejected record is never verified nor corrected, and deposits nothing', () => {
    spec.given([pending, rejected('r-1')]).when({ type: 'VerifyService', volunteerId, verifiedBy: 'staff-2', requireSeparateVerifier: false, recordId: 'r-1' }).thenThrows('SERVICE_RECORD_REJECTED', { recordId: 'r-1' });
    spec.given([pending, rejected('r-1')]).when({ type: 'CorrectService', volunteerId, recordId: 'r-1', minutes: 30, reason: '更正' }).thenThrows('SERVICE_RECORD_REJECTED', { recordId: 'r-1' });
    expect(fold(timeAccountDecider, [pending, rejected('r-1')])).toMatchObject({ lifetimeMinutes: 0, creditMinutes: 0 });
  });

  it('frees its time: the same hours can be recorded again', () => {
    spec.given([pending, rejected('r-1')]).when(adHoc('2026-03-01T02:00:00.000Z', 90)).then([recorded('r-new', '2026-03-01T02:00:00.000Z', 90)]);
  });
});

describe('correcting service', () => {
  const correct = (recordId: string, minutes: number) => ({ type: 'CorrectService' as const, volunteerId, recordId, minutes, reason: '登记有误' });

  it('replaces the minutes with a reason, keeping the previous value', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(correct('r-1', 60)).then([corrected('r-1', 90, 60, false)]);
  });

  it('marks a correction of a verified record as such', () => {
    spec
      .given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90), verified('r-1', 90)])
      .when(correct('r-1', 120))
      .then([corrected('r-1', 90, 120, true)]);
  });

  it('refuses a correction that changes nothing', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(correct('r-1', 90)).thenThrows('CORRECTION_UNCHANGED', { recordId: 'r-1', minutes: 90 });
  });

  it('may take a record to zero minutes', () => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(correct('r-1', 0)).then([corrected('r-1', 90, 0, false)]);
  });

  it.each([-1, 1441, 30.5])('refuses %p minutes', (minutes) => {
    spec.given([recorded('r-1', '2026-03-01T02:00:00.000Z', 90)]).when(correct('r-1', minutes)).thenThrows('INVALID_MINUTES', { min: 0, max: 1440 });
  });

  it('refuses an unknown record', () => {
    spec.given([]).when(correct('r-404', 30)).thenThrows('SERVICE_RECORD_NOT_FOUND', { recordId: 'r-404' });
  });

  describe('an increase may not overlap other service', () => {
    const backToBack = [recorded('r-1', '2026-03-01T02:00:00.000Z', 60), recorded('r-2', '2026-03-01T03:00:00.000Z', 60)];

    it('refuses to stretch into the next record', () => {
      spec.given(backToBack).when(correct('r-1', 61)).thenThrows('OVERLAPPING_SERVICE', { conflictingRecordId: 'r-2' });
    });

    it('does not count the record against itself', () => {
      spec.given(backToBack).when(correct('r-2', 120)).then([corrected('r-2', 60, 120, false)]);
    });

    it('a decrease is always possible', () => {
      spec.given(backToBack).when(correct('r-1', 30)).then([corrected('r-1', 60, 30, false)]);
    });
  });

  describe('balances', () => {
    it('a decrease of a verified record lowers lifetime hours and credit by the difference', () => {
      const account = fold(timeAccountDecider, [recorded('r-1', '2026-03-01T02:00:00.000Z', 90), verified('r-1', 90), corrected('r-1', 90, 60, true)]);
      expect(account).toMatchObject({ lifetimeMinutes: 60, creditMinutes: 60 });
    });

    it('an increase of a verified record raises both', () => {
      const account = fold(timeAccountDecider, [recorded('r-1', '2026-03-01T02:00:00.000Z', 90), verified('r-1', 90), corrected('r-1', 90, 150, true)]);
      expect(account).toMatchObject({ lifetimeMinutes: 150, creditMinutes: 150 });
    });

    it('a correction of an unverified record moves no balance', () => {
      const account = fold(timeAccountDecider, [
        recorded('r-1', '2026-03-01T02:00:00.000Z', 90),
        verified('r-1', 90),
        recorded('r-2', '2026-03-01T04:00:00.000Z', 60),
        corrected('r-2', 60, 30, false),
      ]);
      expect(account).toMatchObject({ lifetimeMinutes: 90, creditMinutes: 90 });
      expect(account.records.get('r-2')).toMatchObject({ minutes: 30, verified: false });
    });

    it('a decrease after redemptions can leave the account owing', () => {
      const account = fold(timeAccountDecider, [
        recorded('r-1', '2026-03-01T02:00:00.000Z', 120),
        verified('r-1', 120),
        { type: 'TimeCardIssued', data: { volunteerId, cardNumber: 'SJ-0001', replacesCardNumber: null } },
        { type: 'CreditsRedeemed', data: { redemptionId: 'red-1', volunteerId, cardNumber: 'SJ-0001', minutes: 100, description: '助浴', requestId: null, providerVolunteerId: 'v-2' } },
        corrected('r-1', 120, 30, true),
      ]);
      expect(account).toMatchObject({ lifetimeMinutes: 30, creditMinutes: -70 });
    });

    it('a correction can lower the star level', () => {
      const history = verifiedService(100 * 60);
      expect(starLevelFor(fold(timeAccountDecider, history).lifetimeMinutes, DEFAULT_THRESHOLD_HOURS)).toBe(1);
      const account = fold(timeAccountDecider, [...history, corrected('past-1', 1440, 1439, true)]);
      expect(account.lifetimeMinutes).toBe(100 * 60 - 1);
      expect(starLevelFor(account.lifetimeMinutes, DEFAULT_THRESHOLD_HOURS)).toBe(0);
    });
  });
});

describe('the storage cap (creditCapHours)', () => {
  const cap = { capMinutes: 600, excessTo: 'pool' as const };
  const capped = (recordId: string, minutes: number, capId?: string): AccountEvent => ({
    type: 'CreditCapped',
    data: { recordId, volunteerId, communityId: 'c-home', minutes, capMinutes: 600, excessTo: 'pool', ...(capId ? { capId } : {}) },
  });
  const correct = (recordId: string, minutes: number) => ({ type: 'CorrectService' as const, volunteerId, recordId, minutes, reason: '登记有误', creditCap: cap });
  const history = [...verifiedService(500), recorded('r-1', '2026-03-01T02:00:00.000Z', 60), verified('r-1', 60)];

  it('caps a verification that crosses it, keyed by the record', () => {
    spec
      .given([...verifiedService(500), recorded('r-1', '2026-03-01T02:00:00.000Z', 150)])
      .when({ type: 'VerifyService', volunteerId, recordId: 'r-1', verifiedBy: 'staff-2', requireSeparateVerifier: false, creditCap: cap })
      .then([verified('r-1', 150), capped('r-1', 50)]);
  });

  it('caps a correction that raises a verified record past it, with a key of its own', () => {
    spec.given(history).when(correct('r-1', 150)).then([corrected('r-1', 60, 150, true), capped('r-1', 50, 'r-1#1')]);
  });

  it('gives each correction of one record its own key, so a second excess is a second move', () => {
    const raisedThenLowered = [...history, corrected('r-1', 60, 150, true), capped('r-1', 50, 'r-1#1'), corrected('r-1', 150, 100, true)];
    expect(fold(timeAccountDecider, raisedThenLowered)).toMatchObject({ creditMinutes: 550, lifetimeMinutes: 600 });
    spec.given(raisedThenLowered).when(correct('r-1', 200)).then([corrected('r-1', 100, 200, true), capped('r-1', 50, 'r-1#3')]);
  });

  it('does not cap a correction under it, a lowering, or a correction of a record not yet verified', () => {
    spec.given(history).when(correct('r-1', 100)).then([corrected('r-1', 60, 100, true)]);
    spec.given([...verifiedService(600), recorded('r-1', '2026-03-01T02:00:00.000Z', 60), verified('r-1', 60), capped('r-1', 60)]).when(correct('r-1', 30)).then([corrected('r-1', 60, 30, true)]);
    spec.given([...verifiedService(600), recorded('r-2', '2026-03-01T04:00:00.000Z', 60)]).when(correct('r-2', 120)).then([corrected('r-2', 60, 120, false)]);
  });
});
