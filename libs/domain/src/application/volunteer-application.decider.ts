import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { SealedPersonalData, StoredPersonalData } from '../volunteer/volunteer.decider';

export const volunteerApplicationStream = (applicationId: string): string => `volunteer-application-${applicationId}`;

/**
 * A resident asks to volunteer in a community; staff of that community
 * approve (a volunteer is registered, under an id the approval names) or
 * reject with a reason. The applicant's data is sealed as a volunteer's is.
 */
export type VolunteerApplicationEvent =
  | {
      type: 'VolunteerApplied';
      data: { applicationId: string; communityId: string; personal: StoredPersonalData; partyMember: boolean; note: SealedPersonalData | null };
    }
  | { type: 'VolunteerApplicationApproved'; data: { applicationId: string; communityId: string; volunteerId: string } }
  | { type: 'VolunteerApplicationRejected'; data: { applicationId: string; communityId: string; reason: string } };

export type VolunteerApplicationCommand =
  | { type: 'ApplyToVolunteer'; applicationId: string; communityId: string; personal: StoredPersonalData; partyMember: boolean; note: SealedPersonalData | null }
  /** Approving again with the same volunteer id changes nothing: the caller finishes the registration it started. */
  | { type: 'ApproveApplication'; applicationId: string; volunteerId: string }
  /** Rejecting again changes nothing. */
  | { type: 'RejectApplication'; applicationId: string; reason: string };

export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

export type VolunteerApplication =
  | { exists: false }
  | { exists: true; applicationId: string; communityId: string; partyMember: boolean; status: ApplicationStatus; volunteerId: string | null };

function requireApplication(state: VolunteerApplication, applicationId: string): Extract<VolunteerApplication, { exists: true }> {
  if (!state.exists) throw new DomainError('APPLICATION_NOT_FOUND', { applicationId });
  return state;
}

export const volunteerApplicationDecider: Decider<VolunteerApplicationCommand, VolunteerApplicationEvent, VolunteerApplication> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'ApplyToVolunteer': {
        if (state.exists) throw new DomainError('APPLICATION_ALREADY_EXISTS', { applicationId: command.applicationId });
        const { applicationId, communityId, personal, partyMember, note } = command;
        return [{ type: 'VolunteerApplied', data: { applicationId, communityId, personal, partyMember, note } }];
      }
      case 'ApproveApplication': {
        const application = requireApplication(state, command.applicationId);
        if (application.status === 'approved' && application.volunteerId === command.volunteerId) return [];
        if (application.status !== 'pending') throw new DomainError('APPLICATION_DECIDED', { applicationId: command.applicationId, status: application.status });
        return [{ type: 'VolunteerApplicationApproved', data: { applicationId: command.applicationId, communityId: application.communityId, volunteerId: command.volunteerId } }];
      }
      case 'RejectApplication': {
        const application = requireApplication(state, command.applicationId);
        if (application.status === 'rejected') return [];
        if (application.status !== 'pending') throw new DomainError('APPLICATION_DECIDED', { applicationId: command.applicationId, status: application.status });
        return [{ type: 'VolunteerApplicationRejected', data: { applicationId: command.applicationId, communityId: application.communityId, reason: command.reason } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'VolunteerApplied':
        return { exists: true, applicationId: event.data.applicationId, communityId: event.data.communityId, partyMember: event.data.partyMember, status: 'pending', volunteerId: null };
      case 'VolunteerApplicationApproved':
        return state.exists ? { ...state, status: 'approved', volunteerId: event.data.volunteerId } : state;
      case 'VolunteerApplicationRejected':
        return state.exists ? { ...state, status: 'rejected' } : state;
      default:
        return assertNever(event);
    }
  },
};
