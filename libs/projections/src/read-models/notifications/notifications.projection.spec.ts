import type { AccountEvent, ActivityEvent, ServiceRequestEvent } from '@shiji/domain';
import { notificationsProjection } from '@shiji/projections';
import { eventIdOf as id, occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(notificationsProjection);

const verified = (minutes: number, recordId = 'r-1'): AccountEvent => ({ type: 'ServiceVerified', data: { recordId, volunteerId: 'v-1', minutes, verifiedBy: 'staff-2' } });
const key = (position: number, kind: string, volunteerId = 'v-1') => `${id(position)}:${volunteerId}:${kind}`;
const line = (position: number, subject: { kind: string } & Record<string, unknown>, volunteerId = 'v-1') => ({ notificationId: key(position, subject.kind, volunteerId), volunteerId, at: at(position), position, subject });

describe('the notifications projection', () => {
  it('tells a volunteer their record was verified, and counts the minutes towards a level', () => {
    spec.given([]).when([verified(90)]).then({
      notifications: { [key(1, 'service_verified')]: line(1, { kind: 'service_verified', recordId: 'r-1', minutes: 90 }) },
      notification_levels: { 'v-1': { volunteerId: 'v-1', lifetimeMinutes: 90, announced: 0 } },
    });
  });

  it('tells them why a record was rejected', () => {
    spec.given([]).when([{ type: 'ServiceRejected', data: { recordId: 'r-1', volunteerId: 'v-1', reason: '时间不符' } }]).then({
      notifications: { [key(1, 'service_rejected')]: line(1, { kind: 'service_rejected', recordId: 'r-1', reason: '时间不符' }) },
    });
  });

  it('announces a star level once it is reached, beside the verification that reached it', () => {
    spec.given([verified(100 * 60 - 30)]).when([verified(30, 'r-2')]).then({
      notifications: {
        [key(2, 'service_verified')]: line(2, { kind: 'service_verified', recordId: 'r-2', minutes: 30 }),
        [key(2, 'star_level_reached')]: line(2, { kind: 'star_level_reached', starLevel: 1 }),
      },
      notification_levels: { 'v-1': { volunteerId: 'v-1', lifetimeMinutes: 6000, announced: 1 } },
    });
  });

  it('does not announce a level again after a correction took it away and gave it back', () => {
    const corrected = (previousMinutes: number, minutes: number): AccountEvent => ({ type: 'ServiceCorrected', data: { recordId: 'r-2', volunteerId: 'v-1', previousMinutes, minutes, verified: true, reason: '更正' } });
    spec.given([verified(100 * 60 - 30), verified(30, 'r-2'), corrected(30, 10)]).when([corrected(10, 40)]).then({
      notifications: { [key(4, 'star_level_reached')]: null },
      notification_levels: { 'v-1': { volunteerId: 'v-1', lifetimeMinutes: 6010, announced: 1 } },
    });
  });

  it('announces levels a lower threshold reaches', () => {
    spec.given([verified(120)]).when([{ type: 'StarThresholdsChanged', data: { thresholdHours: [1, 2, 3, 4, 5], previousThresholdHours: [100, 300, 600, 1000, 1500] } }]).then({
      notifications: { [key(2, 'star_level_reached')]: line(2, { kind: 'star_level_reached', starLevel: 2 }) },
      notification_levels: { 'v-1': { volunteerId: 'v-1', lifetimeMinutes: 120, announced: 2 } },
    });
  });

  it('tells a card was issued, or issued again', () => {
    spec.given([]).when([{ type: 'TimeCardIssued', data: { volunteerId: 'v-1', cardNumber: 'C-1', replacesCardNumber: null } }]).then({
      notifications: { [key(1, 'card_issued')]: line(1, { kind: 'card_issued', cardNumber: 'C-1', reissued: false }) },
    });
  });

  it('tells the provider and the volunteer helped that a request was assigned', () => {
    const requested: ServiceRequestEvent = {
      type: 'ServiceRequested',
      data: { requestId: 'q-1', communityId: 'c-1', category: 'elderly_care', description: '陪同就医', wantedMinutes: 60, forVolunteerId: 'v-1', cardHolder: true },
    };
    spec.given([requested]).when([{ type: 'ServiceProviderAssigned', data: { requestId: 'q-1', providerVolunteerId: 'v-2' } }]).then({
      notifications: {
        [key(2, 'request_assigned', 'v-2')]: line(2, { kind: 'request_assigned', requestId: 'q-1', category: 'elderly_care', as: 'provider' }, 'v-2'),
        [key(2, 'request_assigned')]: line(2, { kind: 'request_assigned', requestId: 'q-1', category: 'elderly_care', as: 'recipient' }),
      },
    });
  });

  it('tells everyone still signed up that an activity was cancelled', () => {
    const published = {
      type: 'ActivityPublished',
      data: { activityId: 'a-1', title: '重阳节探访', category: 'elderly_care', communityId: 'c-1', teamId: null, startsAt: '2026-03-10T01:00:00.000Z', endsAt: '2026-03-10T03:00:00.000Z', place: '社区' },
    } as ActivityEvent;
    const signedUp = (volunteerId: string): ActivityEvent => ({ type: 'VolunteerSignedUp', data: { activityId: 'a-1', volunteerId, addedByStaff: false } });
    const cancelled = { activityId: 'a-1', title: '重阳节探访', startsAt: '2026-03-10T01:00:00.000Z', reason: '天气' };
    spec
      .given([published, signedUp('v-1'), signedUp('v-2'), { type: 'SignupWithdrawn', data: { activityId: 'a-1', volunteerId: 'v-2' } }])
      .when([{ type: 'ActivityCancelled', data: { activityId: 'a-1', reason: '天气' } }])
      .then({ notifications: { [key(5, 'activity_cancelled')]: line(5, { kind: 'activity_cancelled', ...cancelled }), [key(5, 'activity_cancelled', 'v-2')]: null } });
  });

  it('tells the first in line that a place came free, and everyone taking part that the activity moved', () => {
    const published = {
      type: 'ActivityPublished',
      data: { activityId: 'a-1', title: '义诊', category: 'health_clinic', communityId: 'c-1', teamId: null, startsAt: '2026-03-10T01:00:00.000Z', endsAt: '2026-03-10T03:00:00.000Z', place: '社区', capacity: 1, seriesId: null },
    } as ActivityEvent;
    const signedUp: ActivityEvent = { type: 'VolunteerSignedUp', data: { activityId: 'a-1', volunteerId: 'v-2', addedByStaff: false } };
    const waiting: ActivityEvent = { type: 'VolunteerWaitlisted', data: { activityId: 'a-1', volunteerId: 'v-1', addedByStaff: false } };
    spec
      .given([published, signedUp, waiting])
      .when([
        { type: 'SignupWithdrawn', data: { activityId: 'a-1', volunteerId: 'v-2' } },
        { type: 'WaitlistPromoted', data: { activityId: 'a-1', volunteerId: 'v-1' } },
        { type: 'ActivityRescheduled', data: { activityId: 'a-1', startsAt: '2026-03-17T01:00:00.000Z', endsAt: '2026-03-17T03:00:00.000Z' } },
      ])
      .then({
        notifications: {
          [key(5, 'waitlist_promoted')]: line(5, { kind: 'waitlist_promoted', activityId: 'a-1', title: '义诊', startsAt: '2026-03-10T01:00:00.000Z' }),
          [key(6, 'activity_moved')]: line(6, { kind: 'activity_moved', activityId: 'a-1', title: '义诊', startsAt: '2026-03-17T01:00:00.000Z', previousStartsAt: '2026-03-10T01:00:00.000Z' }),
          [key(6, 'activity_moved', 'v-2')]: null,
        },
      });
  });
});
