import { activityDecider, activityStream, fold, type ActivityCommand, type ActivityDetails, type ActivityEvent, type Volunteer } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(activityDecider);

const activityId = 'a-1';
/** 09:00–11:00 Shanghai time on 2026-03-07. */
const details: ActivityDetails = {
  activityId,
  title: '党员服务日：义诊',
  category: 'health_clinic',
  communityId: 'c-1',
  teamId: 't-1',
  startsAt: '2026-03-07T01:00:00.000Z',
  endsAt: '2026-03-07T03:00:00.000Z',
  place: '社区服务站',
  capacity: null,
  seriesId: null,
};
const beforeStart = new Date('2026-03-06T12:00:00.000Z');
const atStart = new Date(details.startsAt);
const afterEnd = new Date('2026-03-07T05:00:00.000Z');

const volunteer = (volunteerId: string, active = true): Volunteer => ({ exists: true, volunteerId, communityId: 'c-1', active, partyMember: true, unitId: null, erased: false });

const published: ActivityEvent = { type: 'ActivityPublished', data: details };
const signedUp = (volunteerId: string, addedByStaff = false): ActivityEvent => ({ type: 'VolunteerSignedUp', data: { activityId, volunteerId, addedByStaff } });
const cancelled: ActivityEvent = { type: 'ActivityCancelled', data: { activityId, reason: '暴雨预警' } };

const signUp = (volunteerId: string, now: Date, addedByStaff = false, who: Volunteer = volunteer(volunteerId)): ActivityCommand => ({
  type: 'SignUp',
  activityId,
  volunteerId,
  volunteer: who,
  addedByStaff,
  now,
});
const withdraw = (volunteerId: string, now: Date): ActivityCommand => ({ type: 'WithdrawSignup', activityId, volunteerId, now });

describe('activities', () => {
  it('have one stream each', () => {
    expect(activityStream('a-1')).toBe('activity-a-1');
  });

  describe('publishing', () => {
    it('publishes the activity as described', () => {
      spec.given([]).when({ type: 'PublishActivity', details }).then([published]);
      expect(fold(activityDecider, [published])).toEqual({ ...details, exists: true, cancelled: false, participants: new Set(), waiting: [] });
    });

    it('refuses an end before the start', () => {
      const backwards = { ...details, endsAt: '2026-03-07T00:59:00.000Z' };
      spec.given([]).when({ type: 'PublishActivity', details: backwards }).thenThrows('INVALID_ACTIVITY_TIME', { startsAt: backwards.startsAt, endsAt: backwards.endsAt });
    });

    it('refuses an end equal to the start', () => {
      spec.given([]).when({ type: 'PublishActivity', details: { ...details, endsAt: details.startsAt } }).thenThrows('INVALID_ACTIVITY_TIME');
    });

    it('publishes once', () => {
      spec.given([published]).when({ type: 'PublishActivity', details }).thenThrows('ACTIVITY_ALREADY_EXISTS', { activityId });
    });
  });

  describe('signing up', () => {
    it('a volunteer signs up before the start', () => {
      spec.given([published]).when(signUp('v-1', beforeStart)).then([signedUp('v-1')]);
    });

    it('a volunteer cannot sign up once it has started', () => {
      spec.given([published]).when(signUp('v-1', atStart)).thenThrows('ACTIVITY_ALREADY_STARTED', { activityId });
      spec.given([published]).when(signUp('v-1', afterEnd)).thenThrows('ACTIVITY_ALREADY_STARTED', { activityId });
    });

    it('staff may add a volunteer after the fact', () => {
      spec.given([published]).when(signUp('v-1', afterEnd, true)).then([signedUp('v-1', true)]);
    });

    it('refuses a second sign-up', () => {
      spec.given([published, signedUp('v-1')]).when(signUp('v-1', beforeStart)).thenThrows('ALREADY_SIGNED_UP', { activityId, volunteerId: 'v-1' });
    });

    it('refuses a suspended or unknown volunteer', () => {
      spec.given([published]).when(signUp('v-1', beforeStart, false, volunteer('v-1', false))).thenThrows('VOLUNTEER_SUSPENDED', { volunteerId: 'v-1' });
      spec.given([published]).when(signUp('v-1', beforeStart, true, { exists: false })).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId: 'v-1' });
    });

    it('a cancelled activity takes no sign-ups, not even from staff', () => {
      spec.given([published, cancelled]).when(signUp('v-1', beforeStart)).thenThrows('ACTIVITY_CANCELLED', { activityId });
      spec.given([published, cancelled]).when(signUp('v-1', afterEnd, true)).thenThrows('ACTIVITY_CANCELLED', { activityId });
    });

    it('an unpublished activity takes no sign-ups', () => {
      spec.given([]).when(signUp('v-1', beforeStart)).thenThrows('ACTIVITY_NOT_FOUND', { activityId });
    });
  });

  describe('withdrawing', () => {
    it('a volunteer may withdraw before the start', () => {
      spec.given([published, signedUp('v-1')]).when(withdraw('v-1', beforeStart)).then([{ type: 'SignupWithdrawn', data: { activityId, volunteerId: 'v-1' } }]);
    });

    it('not once it has started', () => {
      spec.given([published, signedUp('v-1')]).when(withdraw('v-1', atStart)).thenThrows('ACTIVITY_ALREADY_STARTED', { activityId });
    });

    it('only a participant can withdraw', () => {
      spec.given([published, signedUp('v-2')]).when(withdraw('v-1', beforeStart)).thenThrows('NOT_SIGNED_UP', { activityId, volunteerId: 'v-1' });
    });

    it('a withdrawn volunteer is no longer a participant and may sign up again', () => {
      const history = [published, signedUp('v-1'), signedUp('v-2'), { type: 'SignupWithdrawn', data: { activityId, volunteerId: 'v-1' } } as ActivityEvent];
      const activity = fold(activityDecider, history);
      expect(activity.exists && [...activity.participants]).toEqual(['v-2']);
      spec.given(history).when(signUp('v-1', beforeStart)).then([signedUp('v-1')]);
    });
  });

  describe('capacity and the waiting list', () => {
    const full: ActivityEvent[] = [{ type: 'ActivityPublished', data: { ...details, capacity: 2 } }, signedUp('v-1'), signedUp('v-2')];
    const waitlisted = (volunteerId: string): ActivityEvent => ({ type: 'VolunteerWaitlisted', data: { activityId, volunteerId, addedByStaff: false } });
    const promoted = (volunteerId: string): ActivityEvent => ({ type: 'WaitlistPromoted', data: { activityId, volunteerId } });

    it('a sign-up past the capacity waits in line, once', () => {
      spec.given(full).when(signUp('v-3', beforeStart)).then([waitlisted('v-3')]);
      spec.given([...full, waitlisted('v-3')]).when(signUp('v-3', beforeStart)).thenThrows('ALREADY_SIGNED_UP', { activityId, volunteerId: 'v-3' });
    });

    it('a withdrawal gives the place to the first in line', () => {
      spec
        .given([...full, waitlisted('v-3'), waitlisted('v-4')])
        .when(withdraw('v-1', beforeStart))
        .then([{ type: 'SignupWithdrawn', data: { activityId, volunteerId: 'v-1' } }, promoted('v-3')]);
      const after = fold(activityDecider, [...full, waitlisted('v-3'), waitlisted('v-4'), { type: 'SignupWithdrawn', data: { activityId, volunteerId: 'v-1' } }, promoted('v-3')]);
      expect(after).toMatchObject({ participants: new Set(['v-2', 'v-3']), waiting: ['v-4'] });
    });

    it('one in line may leave it, giving nobody a place', () => {
      spec.given([...full, waitlisted('v-3')]).when(withdraw('v-3', beforeStart)).then([{ type: 'WaitlistLeft', data: { activityId, volunteerId: 'v-3' } }]);
    });

    it('staff adding someone who served after the start are not held to the capacity', () => {
      spec.given(full).when(signUp('v-3', afterEnd, true)).then([signedUp('v-3', true)]);
    });
  });

  describe('rescheduling', () => {
    const reschedule = (now: Date, startsAt = '2026-03-14T01:00:00.000Z', endsAt = '2026-03-14T03:00:00.000Z'): ActivityCommand => ({ type: 'RescheduleActivity', activityId, startsAt, endsAt, now });

    it('moves an activity that has not started', () => {
      spec.given([published]).when(reschedule(beforeStart)).then([{ type: 'ActivityRescheduled', data: { activityId, startsAt: '2026-03-14T01:00:00.000Z', endsAt: '2026-03-14T03:00:00.000Z' } }]);
      expect(fold(activityDecider, [published, { type: 'ActivityRescheduled', data: { activityId, startsAt: '2026-03-14T01:00:00.000Z', endsAt: '2026-03-14T03:00:00.000Z' } }])).toMatchObject({ startsAt: '2026-03-14T01:00:00.000Z' });
    });

    it('refuses one that started, is cancelled, or would end before it starts', () => {
      spec.given([published]).when(reschedule(atStart)).thenThrows('ACTIVITY_ALREADY_STARTED', { activityId });
      spec.given([published, cancelled]).when(reschedule(beforeStart)).thenThrows('ACTIVITY_CANCELLED', { activityId });
      spec.given([published]).when(reschedule(beforeStart, '2026-03-14T03:00:00.000Z', '2026-03-14T01:00:00.000Z')).thenThrows('INVALID_ACTIVITY_TIME');
    });
  });

  describe('cancelling', () => {
    it('cancels with a reason', () => {
      spec.given([published]).when({ type: 'CancelActivity', activityId, reason: '暴雨预警' }).then([cancelled]);
    });

    it('cancels once', () => {
      spec.given([published, cancelled]).when({ type: 'CancelActivity', activityId, reason: '暴雨预警' }).thenThrows('ACTIVITY_CANCELLED', { activityId });
    });

    it('needs a published activity', () => {
      spec.given([]).when({ type: 'CancelActivity', activityId, reason: '暴雨预警' }).thenThrows('ACTIVITY_NOT_FOUND', { activityId });
    });
  });
});
