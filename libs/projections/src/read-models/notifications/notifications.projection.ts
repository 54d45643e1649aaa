import { assertNever, DEFAULT_THRESHOLD_HOURS, starLevelFor } from '@shiji/domain';
import { defineProjection, type ProjectedEvent } from '../../runner/define-projection';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef } from '../../runner/projection';
import type { NotificationSubject, NotificationView, NotifiedActivity, NotifiedLevel, NotifiedPolicy, NotifiedRequest } from './notification-view';

const POLICY_ID = 'street';

/** One event may tell one volunteer two things (a verification and the level it reached): the kind is part of the id. */
export const notificationIdOf = (eventId: string, volunteerId: string, kind: string): string => `${eventId}:${volunteerId}:${kind}`;

/**
 * Volunteers' notification feeds: a record verified or rejected, a star
 * level reached, a card issued, a request assigned, an activity cancelled.
 * Whether a line was read is the api's (notification_reads), not the log's.
 */
export const notificationsProjection = defineProjection({
  name: 'notifications',
  collections: [
    {
      name: 'notifications',
      columns: [
        { name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true },
        // The log position of the event that caused it: feeds read newest first, and delivery by SMS follows it.
        { name: 'seq', expression: "((data->>'position')::bigint)", type: 'bigint', indexed: true },
        { name: 'kind', expression: "(data->'subject'->>'kind')", type: 'text' },
      ],
    },
    { name: 'notification_levels', columns: [] },
    { name: 'notification_policy', columns: [] },
    { name: 'notification_activities', columns: [] },
    { name: 'notification_requests', columns: [] },
  ],

  canHandle: [
    'ServiceVerified', 'ServiceCorrected', 'ServiceRejected', 'StarThresholdsChanged', 'TimeCardIssued', 'ServiceRequested', 'ServiceProviderAssigned',
    'ActivityPublished', 'VolunteerSignedUp', 'SignupWithdrawn', 'WaitlistPromoted', 'ActivityRescheduled', 'ActivityCancelled',
  ],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'ServiceVerified':
      case 'ServiceCorrected':
        return [{ collection: 'notification_policy', id: POLICY_ID }, { collection: 'notification_levels', id: event.data.volunteerId }];
      case 'StarThresholdsChanged':
        return [{ collection: 'notification_policy', id: POLICY_ID }, { collection: 'notification_levels', all: true }];
      case 'ServiceProviderAssigned':
        return [{ collection: 'notification_requests', id: event.data.requestId }];
      case 'VolunteerSignedUp':
      case 'SignupWithdrawn':
      case 'WaitlistPromoted':
      case 'ActivityRescheduled':
      case 'ActivityCancelled':
        return [{ collection: 'notification_activities', id: event.data.activityId }];
      case 'ServiceRejected':
      case 'TimeCardIssued':
      case 'ServiceRequested':
      case 'ActivityPublished':
        return [];
      default:
        return assertNever(event);
    }
  },

  evolve(event, documents): void {
    const notify = (volunteerId: string, subject: NotificationSubject) => {
      const notificationId = notificationIdOf(event.eventId, volunteerId, subject.kind);
      const view: NotificationView = { notificationId, volunteerId, at: event.metadata.occurredAt, position: event.position, subject };
      documents.put('notifications', notificationId, view, event.position);
    };
    switch (event.type) {
      case 'ServiceVerified':
        notify(event.data.volunteerId, { kind: 'service_verified', recordId: event.data.recordId, minutes: event.data.minutes });
        return addMinutes(event, event.data.minutes, documents, notify);
      case 'ServiceCorrected':
        if (event.data.verified) addMinutes(event, event.data.minutes - event.data.previousMinutes, documents, notify);
        return;
      case 'ServiceRejected':
        return notify(event.data.volunteerId, { kind: 'service_rejected', recordId: event.data.recordId, reason: event.data.reason });
      case 'StarThresholdsChanged': {
        const policy: NotifiedPolicy = { thresholdHours: event.data.thresholdHours };
        documents.put('notification_policy', POLICY_ID, policy, event.position);
        for (const { data } of documents.all<NotifiedLevel>('notification_levels')) announceLevel(event, data, policy, documents, notify);
        return;
      }
      case 'TimeCardIssued':
        return notify(event.data.volunteerId, { kind: 'card_issued', cardNumber: event.data.cardNumber, reissued: event.data.replacesCardNumber !== null });
      case 'ServiceRequested': {
        const { requestId, forVolunteerId, category } = event.data;
        const request: NotifiedRequest = { requestId, forVolunteerId, category };
        return documents.put('notification_requests', requestId, request, event.position);
      }
      case 'ServiceProviderAssigned': {
        const { requestId, providerVolunteerId } = event.data;
        const request = documents.get<NotifiedRequest>('notification_requests', requestId);
        notify(providerVolunteerId, { kind: 'request_assigned', requestId, category: request?.category ?? null, as: 'provider' });
        if (request?.forVolunteerId && request.forVolunteerId !== providerVolunteerId) {
          notify(request.forVolunteerId, { kind: 'request_assigned', requestId, category: request.category, as: 'recipient' });
        }
        return;
      }
      case 'ActivityPublished': {
        const { activityId, title, startsAt } = event.data;
        const activity: NotifiedActivity = { activityId, title, startsAt, participants: [] };
        return documents.put('notification_activities', activityId, activity, event.position);
      }
      case 'VolunteerSignedUp':
      case 'SignupWithdrawn': {
        const activity = documents.get<NotifiedActivity>('notification_activities', event.data.activityId);
        if (!activity) return;
        const others = activity.participants.filter((id) => id !== event.data.volunteerId);
        const participants = event.type === 'VolunteerSignedUp' ? [...others, event.data.volunteerId] : others;
        return documents.put('notification_activities', activity.activityId, { ...activity, participants }, event.position);
      }
      case 'WaitlistPromoted': {
        const activity = documents.get<NotifiedActivity>('notification_activities', event.data.activityId);
        if (!activity) return;
        notify(event.data.volunteerId, { kind: 'waitlist_promoted', activityId: activity.activityId, title: activity.title, startsAt: activity.startsAt });
        const participants = [...activity.participants.filter((id) => id !== event.data.volunteerId), event.data.volunteerId];
        return documents.put('notification_activities', activity.activityId, { ...activity, participants }, event.position);
      }
      case 'ActivityRescheduled': {
        const activity = documents.get<NotifiedActivity>('notification_activities', event.data.activityId);
        if (!activity) return;
        for (const volunteerId of activity.participants) {
          notify(volunteerId, { kind: 'activity_moved', activityId: activity.activityId, title: activity.title, startsAt: event.data.startsAt, previousStartsAt: activity.startsAt });
        }
        return documents.put('notification_activities', activity.activityId, { ...activity, startsAt: event.data.startsAt }, event.position);
      }
      case 'ActivityCancelled': {
        const activity = documents.get<NotifiedActivity>('notification_activities', event.data.activityId);
        if (!activity) return;
        for (const volunteerId of activity.participants) {
          notify(volunteerId, { kind: 'activity_cancelled', activityId: activity.activityId, title: activity.title, startsAt: activity.startsAt, reason: event.data.reason });
        }
        return;
      }
      default:
        return assertNever(event);
    }
  },
});

type Notify = (volunteerId: string, subject: NotificationSubject) => void;

function policyOf(documents: DocumentStore): NotifiedPolicy {
  return documents.get<NotifiedPolicy>('notification_policy', POLICY_ID) ?? { thresholdHours: [...DEFAULT_THRESHOLD_HOURS] };
}

function addMinutes(event: ProjectedEvent<'ServiceVerified' | 'ServiceCorrected'>, delta: number, documents: DocumentStore, notify: Notify): void {
  const { volunteerId } = event.data;
  const before = documents.get<NotifiedLevel>('notification_levels', volunteerId) ?? { volunteerId, lifetimeMinutes: 0, announced: 0 };
  announceLevel(event, { ...before, lifetimeMinutes: before.lifetimeMinutes + delta }, policyOf(documents), documents, notify, true);
}

/** Announces a level higher than any announced before; `changed` stores the tally even when no level is announced. */
function announceLevel(event: ProjectedEvent, level: NotifiedLevel, policy: NotifiedPolicy, documents: DocumentStore, notify: Notify, changed = false): void {
  const starLevel = starLevelFor(level.lifetimeMinutes, policy.thresholdHours);
  if (starLevel > level.announced) {
    notify(level.volunteerId, { kind: 'star_level_reached', starLevel });
    documents.put('notification_levels', level.volunteerId, { ...level, announced: starLevel }, event.position);
  } else if (changed) {
    documents.put('notification_levels', level.volunteerId, level, event.position);
  }
}
