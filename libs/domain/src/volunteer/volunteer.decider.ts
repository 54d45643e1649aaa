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
  /** The co-building unit the volunteer names, by reference (null: none). */
  | { type: 'VolunteerUnitChanged'; data: { volunteerId: string; unitId: string | null } }
  /** An in-service Party member reports to the community where they live (在职党员报到), naming the unit that employs them. */
  | { type: 'VolunteerReportedIn'; data: { volunteerId: string; unitId: string; communityId: string } }
  /** The identity document (type and number) sealed as one text under the volunteer's key; a later one replaces it. */
  | { type: 'IdentityDocumentRecorded'; data: { volunteerId: string; document: SealedPersonalData } }
  /** The birth date (YYYY-MM-DD) sealed under the volunteer's key like name and phone: an erasure makes it unreadable. */
  | { type: 'BirthDateRecorded'; data: { volunteerId: string; birthDate: SealedPersonalData } }
  | VolunteerRecordEvent;

export type VolunteerCommand =
  | { type: 'RegisterVolunteer'; volunteerId: string; communityId: string; personal: StoredPersonalData; partyMember: boolean; unitId: string | null }
  | { type: 'MoveVolunteer'; volunteerId: string; toCommunityId: string }
  | { type: 'SuspendVolunteer'; volunteerId: string; reason: string }
  | { type: 'ReinstateVolunteer'; volunteerId: string }
  /** The personal data's key is deleted first (outside the domain); this records that it is gone for good. */
  | { type: 'EraseVolunteer'; volunteerId: string }
  | { type: 'ChangeVolunteerUnit'; volunteerId: string; unitId: string | null }
  | { type: 'ReportIn'; volunteerId: string; unitId: string }
  /** Checked (checkIdentityDocument) and sealed before it reaches the domain, which never opens it. */
  | { type: 'RecordIdentityDocument'; volunteerId: string; document: SealedPersonalData }
  | { type: 'RecordBirthDate'; volunteerId: string; birthDate: SealedPersonalData }
  /** Training, a commendation or a yearly evaluation: the entry is the event to append. */
  | { type: 'AddRecordEntry'; volunteerId: string; entry: VolunteerRecordEvent };

export type Volunteer =
  | { exists: false }
  | {
      exists: true;
      volunteerId: string;
      communityId: string;
      active: boolean;
      partyMember: boolean;
      unitId: string | null;
      erased: boolean;
      /** Where they last reported in, as an in-service Party member; absent until they do. */
      reportedIn?: { unitId: string; communityId: string };
      /** The sealed birth date, where recorded (the age to redeem). */
      birthDate?: SealedPersonalData;
    };

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
      case 'ChangeVolunteerUnit': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.unitId === command.unitId) return [];
        return [{ type: 'VolunteerUnitChanged', data: { volunteerId: command.volunteerId, unitId: command.unitId } }];
      }
      case 'ReportIn': {
        const volunteer = requireActiveVolunteer(state, command.volunteerId);
        if (!volunteer.partyMember) throw new DomainError('NOT_PARTY_MEMBER', { volunteerId: command.volunteerId });
        if (volunteer.reportedIn?.unitId === command.unitId && volunteer.reportedIn.communityId === volunteer.communityId) return [];
        return [{ type: 'VolunteerReportedIn', data: { volunteerId: command.volunteerId, unitId: command.unitId, communityId: volunteer.communityId } }];
      }
      case 'RecordIdentityDocument': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId: command.volunteerId });
        return [{ type: 'IdentityDocumentRecorded', data: { volunteerId: command.volunteerId, document: command.document } }];
      }
      case 'RecordBirthDate': {
        const volunteer = requireVolunteer(state, command.volunteerId);
        if (volunteer.erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId: command.volunteerId });
        return [{ type: 'BirthDateRecorded', data: { volunteerId: command.volunteerId, birthDate: command.birthDate } }];
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
        return state.exists ? { ...state, erased: true, birthDate: undefined } : state;
      case 'VolunteerUnitChanged':
        return state.exists ? { ...state, unitId: event.data.unitId } : state;
      case 'VolunteerReportedIn':
        return state.exists ? { ...state, unitId: event.data.unitId, reportedIn: { unitId: event.data.unitId, communityId: event.data.communityId } } : state;
      case 'IdentityDocumentRecorded':
      case 'TrainingAttended':
      case 'CommendationReceived':
      case 'VolunteerEvaluated':
        return state;
      case 'BirthDateRecorded':
        return state.exists ? { ...state, birthDate: event.data.birthDate } : state;
      default:
        return assertNever(event);
    }
  },
};
