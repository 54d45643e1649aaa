import type { ServiceCategory } from '../activity/service-category';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { StoredPersonalData, Volunteer } from '../volunteer/volunteer.decider';

/** A pairing (结对帮扶), one stream each. */
export const pairingStream = (pairingId: string): string => `pairing-${pairingId}`;
/** The key the household's name and phone are sealed with. */
export const householdSubject = (pairingId: string): string => `pairing-household-${pairingId}`;

/** Who helps: a unit, or a volunteer. */
export interface PairingHelper {
  kind: 'unit' | 'volunteer';
  id: string;
}

/** Whom: the community itself (for a unit), or a household in need (name and phone sealed). */
export type PairingHelped = { kind: 'community' } | { kind: 'household'; household: StoredPersonalData };

export type PairingEvent =
  | {
      type: 'PairingRegistered';
      data: { pairingId: string; communityId: string; helper: PairingHelper; helped: PairingHelped; category: ServiceCategory; frequency: string; startsOn: string };
    }
  /** A visit: the service record (on the visitor's account) that names the pairing. */
  | { type: 'PairingVisitRecorded'; data: { pairingId: string; recordId: string; volunteerId: string; startedAt: string; minutes: number } }
  | { type: 'PairingEnded'; data: { pairingId: string; reason: string } };

export type PairingCommand =
  | ({ type: 'RegisterPairing' } & Extract<PairingEvent, { type: 'PairingRegistered' }>['data'])
  | { type: 'RecordPairingVisit'; pairingId: string; recordId: string; volunteer: Volunteer; volunteerId: string; startedAt: string; minutes: number }
  | { type: 'EndPairing'; pairingId: string; reason: string };

export type Pairing =
  | { exists: false }
  | { exists: true; pairingId: string; communityId: string; helper: PairingHelper; category: ServiceCategory; ended: boolean; visits: readonly string[] };

function requireOpen(state: Pairing, pairingId: string): Extract<Pairing, { exists: true }> {
  if (!state.exists) throw new DomainError('PAIRING_NOT_FOUND', { pairingId });
  if (state.ended) throw new DomainError('PAIRING_ENDED', { pairingId });
  return state;
}

export const pairingDecider: Decider<PairingCommand, PairingEvent, Pairing> = {
  initialState: () => ({ exists: false }),
  communityOf: (event, state) => (event.type === 'PairingRegistered' ? event.data.communityId : state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterPairing': {
        if (state.exists) throw new DomainError('PAIRING_ALREADY_EXISTS', { pairingId: command.pairingId });
        // A unit pairs with a community or a household; a volunteer only with a household.
        if (command.helper.kind === 'volunteer' && command.helped.kind === 'community') throw new DomainError('INVALID_PAIRING', { pairingId: command.pairingId, helper: 'volunteer', helped: 'community' });
        const { type: _type, ...data } = command;
        return [{ type: 'PairingRegistered', data }];
      }
      case 'RecordPairingVisit': {
        const pairing = requireOpen(state, command.pairingId);
        const { volunteer, volunteerId } = command;
        if (!volunteer.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
        const fits = pairing.helper.kind === 'volunteer' ? pairing.helper.id === volunteerId : volunteer.unitId === pairing.helper.id;
        if (!fits) throw new DomainError('VISITOR_NOT_IN_PAIRING', { pairingId: command.pairingId, volunteerId });
        if (pairing.visits.includes(command.recordId)) return [];
        return [{ type: 'PairingVisitRecorded', data: { pairingId: command.pairingId, recordId: command.recordId, volunteerId, startedAt: command.startedAt, minutes: command.minutes } }];
      }
      case 'EndPairing': {
        requireOpen(state, command.pairingId);
        return [{ type: 'PairingEnded', data: { pairingId: command.pairingId, reason: command.reason } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'PairingRegistered': {
        const { pairingId, communityId, helper, category } = event.data;
        return { exists: true, pairingId, communityId, helper, category, ended: false, visits: [] };
      }
      case 'PairingVisitRecorded':
        return state.exists ? { ...state, visits: [...state.visits, event.data.recordId] } : state;
      case 'PairingEnded':
        return state.exists ? { ...state, ended: true } : state;
      default:
        return assertNever(event);
    }
  },
};
