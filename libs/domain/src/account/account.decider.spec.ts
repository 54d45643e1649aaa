import { fold, timeAccountDecider, type AccountEvent } from '@shiji/domain';

const volunteerId = 'v-1';
const recorded = (recordId: string, communityId: string): AccountEvent => ({
  type: 'ServiceRecorded',
  data: { recordId, volunteerId, communityId, activityId: null, category: 'other', description: '送餐', startedAt: '2026-03-01T01:00:00.000Z', minutes: 60, redemptionId: null, recordedBy: 'staff-1' },
});

describe('the community an account event belongs to', () => {
  const history = [recorded('r-1', 'c-host'), recorded('r-2', 'c-home')];
  const state = fold(timeAccountDecider, history);
  const communityOf = (event: AccountEvent) => timeAccountDecider.communityOf?.(event, state);

  it('is where the service was given, for a record', () => {
    expect(communityOf(history[0])).toBe('c-host');
  });

  it('is the record’s, for its verification and its correction', () => {
    expect(communityOf({ type: 'ServiceVerified', data: { recordId: 'r-1', volunteerId, minutes: 60, verifiedBy: 'staff-2' } })).toBe('c-host');
    expect(communityOf({ type: 'ServiceCorrected', data: { recordId: 'r-2', volunteerId, previousMinutes: 60, minutes: 30, verified: false, reason: '时长有误' } })).toBe('c-home');
  });

  it('is not named by the account for its card, which belongs where its volunteer does', () => {
    expect(communityOf({ type: 'TimeCardIssued', data: { volunteerId, cardNumber: 'SJ-1', replacesCardNumber: null } })).toBeUndefined();
  });
});
