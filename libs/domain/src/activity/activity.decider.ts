import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireActiveVolunteer, type Volunteer } from '../volunteer/volunteer.decider';
import type { ServiceCategory } from './service-category';

export const activityStream = (activityId: string): string => `activity-${activityId}`;

export interface ActivityDetails {
  activityId: string;
  title: string;
  category: ServiceCategory;
  communityId: string;
  teamId: string | null;
  startsAt: string;
  endsAt: string;
  place: string;
  /** How many may take part; null: no limit. Sign-ups past it wait in line. */
  capacity: number | null;
  /** The series the activity is an occurrence of; null for a one-off. */
  seriesId: string | null;
}

export type ActivityEvent =
  | { type: 'ActivityPublished'; data: ActivityDetails }
  | { type: 'VolunteerSignedUp'; data: { activityId: string; volunteerId: string; addedByStaff: boolean } }
  | { type: 'SignupWithdrawn'; data: { activityId: string; volunteerId: string } }
  /** The activity was full: the volunteer waits in line, first come first served. */
  | { type: 'VolunteerWaitlisted'; data: { activityId: string; volunteerId: string; addedByStaff: boolean } }
  | { type: 'WaitlistLeft'; data: { activityId: string; volunteerId: string } }
  /** A place came free: the first in line takes part. */
  | { type: 'WaitlistPromoted'; data: { activityId: string; volunteerId: string } }
  | { type: 'ActivityRescheduled'; data: { activityId: string; startsAt: string; endsAt: string } }
  | { type: 'ActivityCancelled'; data: { activityId: string; reason: string } };

export type ActivityCommand =
  | { type: 'PublishActivity'; details: ActivityDetails }
  | { type: 'SignUp'; activityId: string; volunteerId: string; volunteer: Volunteer; addedByStaff: boolean; now: Date }
  | { type: 'WithdrawSignup'; activityId: string; volunteerId: string; now: Date }
  | { type: 'RescheduleActivity'; activityId: string; startsAt: string; endsAt: string; now: Date }
  | { type: 'CancelActivity'; activityId: string; reason: string };

export type Activity =
  | { exists: false }
  | (ActivityDetails & { exists: true; cancelled: boolean; participants: ReadonlySet<string>; waiting: readonly string[] });

export function requireActivity(state: Activity, activityId: string): Extract<Activity, { exists: true }> {
  if (!state.exists) throw new DomainError('ACTIVITY_NOT_FOUND', { activityId });
  return state;
}

function requireOpen(state: Activity, activityId: string): Extract<Activity, { exists: true }> {
  const activity = requireActivity(state, activityId);
  if (activity.cancelled) throw new DomainError('ACTIVITY_CANCELLED', { activityId });
  return activity;
}

function hasStarted(activity: ActivityDetails, now: Date): boolean {
  return new Date(activity.startsAt).getTime() <= now.getTime();
}

function requireValidTime(startsAt: string, endsAt: string): void {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) throw new DomainError('INVALID_ACTIVITY_TIME', { startsAt, endsAt });
}

function isFull(activity: Extract<Activity, { exists: true }>): boolean {
  return activity.capacity !== null && activity.participants.size >= activity.capacity;
}

export const activityDecider: Decider<ActivityCommand, ActivityEvent, Activity> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'PublishActivity': {
        const { details } = command;
        if (state.exists) throw new DomainError('ACTIVITY_ALREADY_EXISTS', { activityId: details.activityId });
        requireValidTime(details.startsAt, details.endsAt);
        return [{ type: 'ActivityPublished', data: details }];
      }
      case 'SignUp': {
        const activity = requireOpen(state, command.activityId);
        requireActiveVolunteer(command.volunteer, command.volunteerId);
        if (activity.participants.has(command.volunteerId) || activity.waiting.includes(command.volunteerId)) {
          throw new DomainError('ALREADY_SIGNED_UP', { activityId: command.activityId, volunteerId: command.volunteerId });
        }
        const data = { activityId: command.activityId, volunteerId: command.volunteerId, addedByStaff: command.addedByStaff };
        // Staff may add a volunteer after the fact (they served without signing up), whatever the capacity; volunteers sign up beforehand.
        if (hasStarted(activity, command.now)) {
          if (!command.addedByStaff) throw new DomainError('ACTIVITY_ALREADY_STARTED', { activityId: command.activityId });
          return [{ type: 'VolunteerSignedUp', data }];
        }
        return [isFull(activity) ? { type: 'VolunteerWaitlisted', data } : { type: 'VolunteerSignedUp', data }];
      }
      case 'WithdrawSignup': {
        const activity = requireOpen(state, command.activityId);
        const { activityId, volunteerId } = command;
        if (activity.waiting.includes(volunteerId)) return [{ type: 'WaitlistLeft', data: { activityId, volunteerId } }];
        if (!activity.participants.has(volunteerId)) throw new DomainError('NOT_SIGNED_UP', { activityId, volunteerId });
        if (hasStarted(activity, command.now)) throw new DomainError('ACTIVITY_ALREADY_STARTED', { activityId });
        const [first] = activity.waiting;
        return [
          { type: 'SignupWithdrawn', data: { activityId, volunteerId } },
          ...(first === undefined ? [] : [{ type: 'WaitlistPromoted' as const, data: { activityId, volunteerId: first } }]),
        ];
      }
      case 'RescheduleActivity': {
        const activity = requireOpen(state, command.activityId);
        if (hasStarted(activity, command.now)) throw new DomainError('ACTIVITY_ALREADY_STARTED', { activityId: command.activityId });
        requireValidTime(command.startsAt, command.endsAt);
        return [{ type: 'ActivityRescheduled', data: { activityId: command.activityId, startsAt: command.startsAt, endsAt: command.endsAt } }];
      }
      case 'CancelActivity':
        requireOpen(state, command.activityId);
        return [{ type: 'ActivityCancelled', data: { activityId: command.activityId, reason: command.reason } }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ActivityPublished':
        return { ...event.data, exists: true, cancelled: false, participants: new Set<string>(), waiting: [] };
      case 'VolunteerSignedUp':
        return state.exists ? { ...state, participants: new Set([...state.participants, event.data.volunteerId]) } : state;
      case 'SignupWithdrawn':
        return state.exists ? { ...state, participants: new Set([...state.participants].filter((id) => id !== event.data.volunteerId)) } : state;
      case 'VolunteerWaitlisted':
        return state.exists ? { ...state, waiting: [...state.waiting, event.data.volunteerId] } : state;
      case 'WaitlistLeft':
        return state.exists ? { ...state, waiting: state.waiting.filter((id) => id !== event.data.volunteerId) } : state;
      case 'WaitlistPromoted':
        return state.exists
          ? { ...state, participants: new Set([...state.participants, event.data.volunteerId]), waiting: state.waiting.filter((id) => id !== event.data.volunteerId) }
          : state;
      case 'ActivityRescheduled':
        return state.exists ? { ...state, startsAt: event.data.startsAt, endsAt: event.data.endsAt } : state;
      case 'ActivityCancelled':
        return state.exists ? { ...state, cancelled: true } : state;
      default:
        return assertNever(event);
    }
  },
};
