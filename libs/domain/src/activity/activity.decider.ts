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
}

export type ActivityEvent =
  | { type: 'ActivityPublished'; data: ActivityDetails }
  | { type: 'VolunteerSignedUp'; data: { activityId: string; volunteerId: string; addedByStaff: boolean } }
  | { type: 'SignupWithdrawn'; data: { activityId: string; volunteerId: string } }
  | { type: 'ActivityCancelled'; data: { activityId: string; reason: string } };

export type ActivityCommand =
  | { type: 'PublishActivity'; details: ActivityDetails }
  | { type: 'SignUp'; activityId: string; volunteerId: string; volunteer: Volunteer; addedByStaff: boolean; now: Date }
  | { type: 'WithdrawSignup'; activityId: string; volunteerId: string; now: Date }
  | { type: 'CancelActivity'; activityId: string; reason: string };

export type Activity =
  | { exists: false }
  | (ActivityDetails & { exists: true; cancelled: boolean; participants: ReadonlySet<string> });

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

export const activityDecider: Decider<ActivityCommand, ActivityEvent, Activity> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'PublishActivity': {
        const { details } = command;
        if (state.exists) throw new DomainError('ACTIVITY_ALREADY_EXISTS', { activityId: details.activityId });
        if (new Date(details.endsAt).getTime() <= new Date(details.startsAt).getTime()) {
          throw new DomainError('INVALID_ACTIVITY_TIME', { startsAt: details.startsAt, endsAt: details.endsAt });
        }
        return [{ type: 'ActivityPublished', data: details }];
      }
      case 'SignUp': {
        const activity = requireOpen(state, command.activityId);
        requireActiveVolunteer(command.volunteer, command.volunteerId);
        if (activity.participants.has(command.volunteerId)) {
          throw new DomainError('ALREADY_SIGNED_UP', { activityId: command.activityId, volunteerId: command.volunteerId });
        }
        // Staff may add a volunteer after the fact (they served without signing up); volunteers sign up beforehand.
        if (!command.addedByStaff && hasStarted(activity, command.now)) {
          throw new DomainError('ACTIVITY_ALREADY_STARTED', { activityId: command.activityId });
        }
        return [{ type: 'VolunteerSignedUp', data: { activityId: command.activityId, volunteerId: command.volunteerId, addedByStaff: command.addedByStaff } }];
      }
      case 'WithdrawSignup': {
        const activity = requireOpen(state, command.activityId);
        if (!activity.participants.has(command.volunteerId)) {
          throw new DomainError('NOT_SIGNED_UP', { activityId: command.activityId, volunteerId: command.volunteerId });
        }
        if (hasStarted(activity, command.now)) throw new DomainError('ACTIVITY_ALREADY_STARTED', { activityId: command.activityId });
        return [{ type: 'SignupWithdrawn', data: { activityId: command.activityId, volunteerId: command.volunteerId } }];
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
        return { ...event.data, exists: true, cancelled: false, participants: new Set<string>() };
      case 'VolunteerSignedUp':
        return state.exists ? { ...state, participants: new Set([...state.participants, event.data.volunteerId]) } : state;
      case 'SignupWithdrawn':
        return state.exists ? { ...state, participants: new Set([...state.participants].filter((id) => id !== event.data.volunteerId)) } : state;
      case 'ActivityCancelled':
        return state.exists ? { ...state, cancelled: true } : state;
      default:
        return assertNever(event);
    }
  },
};
