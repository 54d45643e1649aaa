import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { checkRecordEntry, type VolunteerRecordEvent } from './volunteer-record';

export const volunteerStream = (volunteerId: string): string => `volunteer-${volunteerId}`;

/** Personal data travels as one object so it can be encrypted, and erased, as a whole. */
export interface PersonalData {
  name: string;
  phone: string;
}

/**
 * Personal data as the log keeps it: sealed with the volunteer's own key
 * outside the log, so deleting that key erases it everywhere the event is
 * copied (crypto-shredding). The domain never opens it.
 */
export interface SealedPersonalData {
  sealed: 'aes-256-gcm';
  iv: string;
  tag: string;
  ciphertext: string;
}

/** Events written before sealing hold the data in the clear; they cannot be shredded. */
export type StoredPersonalData = SealedPersonalData | PersonalData;

export function isSealed(personal: StoredPersonalData): personal is SealedPersonalData {
  return 'sealed' in personal;
}

export type VolunteerEvent =
  | {
      type: 'VolunteerRegistered';
      data: { volunteerId: string; communityId: string; personal: StoredPersonalData; partyMember: boolean; unitId: string | null };
    }
  | { type: 'VolunteerMoved'; data: { volunteerId: string; fromCommunityId: string; toCommunityId: string } }
  | { type: 'VolunteerSuspended'; data: { volunteerId: string; reason: string } }
  | { type: 'VolunteerReinstated'; data: { volunteerId: string } }
  | { type: 'VolunteerErased'; data: { volunteerId: string } }
  /** The identity document (type and number) sealed as one text under the volunteer's key; a later one replaces it. */
  | { type: 'IdentityDocumentRecorded'; data: { volunteerId: string; document: SealedPersonalData } }
  | VolunteerRecordEvent;

export type VolunteerCommand =
  | { type: 'RegisterVolunteer'; volunteerId: string; communityId: string; personal: StoredPersonalData; partyMember: boolean; unitId: string | null }
  | { type: 'MoveVolunteer'; volunteerId: string; toCommunityId: string }
  | { type: 'SuspendVolunteer'; volunteerId: string; reason: string }
  | { type: 'ReinstateVolunteer'; volunteerId: string }
  /** The personal data's key is deleted first (outside the domain); this records that it is gone for good. */
  | { type: 'EraseVolunteer'; volunteerId: string }
  /** Checked (checkIdentityDocument) and sealed before it reaches the domain, which never opens it. */
  | { type: 'RecordIdentityDocument'; volunteerId: string; document: SealedPersonalData }
  /** Training, a commendation or a yearly evaluation: the entry is the event to append. */
  | { type: 'AddRecordEntry'; volunteerId: string; entry: VolunteerRecordEvent };

export type Volunteer =
  | { exists: false }
  | { exists: true; volunteerId: string; communityId: string; active: boolean; partyMember: boolean; unitId: string | null; erased: boolean };

export function requireVolunteer(state: Volunteer, volunteerId: string): Extract<Volunteer, { exists: true }> {
  if (!state.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
  return state;
}

export function requireActiveVolunteer(state: Volunteer, volunteerId: string): Extract<Volunteer, { exists: true }> {
  const volunteer = requireVolunteer(state, volunteerId);
  if (!volunteer.active) throw new DomainError('VOLUNTEER_SUSPENDED', { volunteerId });
  return volunteer;
}

export const volunteerDecider: Decider<VolunteerCommand, VolunteerEvent, Volunteer> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterVolunteer': {
        if (state.exists) throw new DomainError('VOLUNTEER_ALREADY_EXISTS', { volunteerId: command.volunteerId });
        const { volunteerId, communityId, personal, partyMember, unitId } = command;
        return [{ type: 'VolunteerRegistered', data: { volunteerId, communityId, personal, partyMember, unitId } }];
      }
      case 'MoveVolunteer': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.communityId === command.toCommunityId) {
          throw new DomainError('VOLUNTEER_ALREADY_IN_COMMUNITY', { volunteerId: command.volunteerId, communityId: command.toCommunityId });
        }
        return [{ type: 'VolunteerMoved', data: { volunteerId: command.volunteerId, fromCommunityId: volunteer.communityId, toCommunityId: command.toCommunityId } }];
      }
      case 'SuspendVolunteer':
        requireActiveVolunteer(state, command.volunteerId);
        return [{ type: 'VolunteerSuspended', data: { volunteerId: command.volunteerId, reason: command.reason } }];
      case 'ReinstateVolunteer': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.active) throw new DomainError('VOLUNTEER_NOT_SUSPENDED', { volunteerId: command.volunteerId });
        return [{ type: 'VolunteerReinstated', data: { volunteerId: command.volunteerId } }];
      }
      case 'EraseVolunteer': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId: command.volunteerId });
        return [{ type: 'VolunteerErased', data: { volunteerId: command.volunteerId } }];
      }
      case 'RecordIdentityDocument': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId: command.volunteerId });
        return [{ type: 'IdentityDocumentRecorded', data: { volunteerId: command.volunteerId, document: command.document } }];
      }
      case 'AddRecordEntry':
        requireVolunteer(state, command.volunteerId);
        return [checkRecordEntry(command.entry)];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'VolunteerRegistered': {
        const { volunteerId, communityId, partyMember, unitId } = event.data;
        return { exists: true, volunteerId, communityId, partyMember, unitId, active: true, erased: false };
      }
      case 'VolunteerMoved':
        return state.exists ? { ...state, communityId: event.data.toCommunityId } : state;
      case 'VolunteerSuspended':
        return state.exists ? { ...state, active: false } : state;
      case 'VolunteerReinstated':
        return state.exists ? { ...state, active: true } : state;
      case 'VolunteerErased':
        return state.exists ? { ...state, erased: true } : state;
      case 'IdentityDocumentRecorded':
      case 'TrainingAttended':
      case 'CommendationReceived':
      case 'VolunteerEvaluated':
        return state;
      default:
        return assertNever(event);
    }
  },
};
