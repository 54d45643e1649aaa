import { emptyVolunteerRecord, evolveVolunteerRecord, fold, volunteerDecider, type VolunteerEvent, type VolunteerRecordEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(volunteerDecider);
const volunteerId = 'v-1';
const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
const registered: VolunteerEvent = { type: 'VolunteerRegistered', data: { volunteerId, communityId: 'c-1', personal: sealed, partyMember: true, unitId: null } };
const training: VolunteerRecordEvent = { type: 'TrainingAttended', data: { volunteerId, course: '急救知识培训', minutes: 120, date: '2025-04-12', trainer: '王老师' } };
const evaluated = (rating: 'excellent' | 'good', comment: string): VolunteerRecordEvent => ({ type: 'VolunteerEvaluated', data: { volunteerId, year: 2025, rating, comment, evaluatedBy: 'staff-1' } });

describe('the volunteer\'s record: training, commendations, evaluations', () => {
  it('takes an entry for a registered volunteer', () => {
    spec.given([registered]).when({ type: 'AddRecordEntry', volunteerId, entry: training }).then([training]);
    spec.given([]).when({ type: 'AddRecordEntry', volunteerId, entry: training }).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
  });

  it('refuses a day that does not exist and a training of no time', () => {
    const commendation: VolunteerRecordEvent = { type: 'CommendationReceived', data: { volunteerId, title: '优秀志愿者', level: 'street', date: '2025-02-30' } };
    spec.given([registered]).when({ type: 'AddRecordEntry', volunteerId, entry: commendation }).thenThrows('INVALID_RECORD_DATE', { date: '2025-02-30' });
    const none: VolunteerRecordEvent = { ...training, data: { ...training.data, minutes: 0 } } as VolunteerRecordEvent;
    spec.given([registered]).when({ type: 'AddRecordEntry', volunteerId, entry: none }).thenThrows('INVALID_MINUTES');
  });

  it('keeps one evaluation a year: a later one replaces it', () => {
    const record = [training, evaluated('good', '初评'), evaluated('excellent', '复评')].reduce(evolveVolunteerRecord, emptyVolunteerRecord());
    expect(record.trainings).toHaveLength(1);
    expect(record.evaluations).toEqual([{ year: 2025, rating: 'excellent', comment: '复评', evaluatedBy: 'staff-1' }]);
  });

  it('leaves the volunteer\'s state as it was', () => {
    expect(fold(volunteerDecider, [registered, training])).toEqual(fold(volunteerDecider, [registered]));
  });
});
