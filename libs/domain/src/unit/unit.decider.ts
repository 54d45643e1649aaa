import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { StoredPersonalData } from '../volunteer/volunteer.decider';

export const unitStream = (unitId: string): string => `unit-${unitId}`;

/** Whose personal-data key seals a unit's liaison officer: theirs alone, so erasing it erases them everywhere. */
export const liaisonSubject = (unitId: string): string => `unit-liaison-${unitId}`;

export const UNIT_KINDS = ['enterprise', 'school', 'hospital', 'government', 'social_organisation', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitDetails {
  name: string;
  kind: UnitKind;
  /** The unit's Party organisation (e.g. 某某医院党委), as the unit names it. */
  partyOrganisation: string | null;
  /** The liaison officer's name and phone, sealed like a volunteer's; null when the unit named none. */
  liaison: StoredPersonalData | null;
  /**
   * The volunteer whose account is the liaison officer's: they may read the
   * unit's monthly records. Absent in events written before it existed (none).
   */
  liaisonVolunteerId?: string | null;
}

export type UnitEvent =
  | {
      type: 'UnitRegistered';
      data: UnitDetails & {
        unitId: string;
        communityId: string;
        /** Registered from a volunteer's free-text unit name (the id is that text), not by staff. */
        fromFreeText: boolean;
      };
    }
  | { type: 'UnitEdited'; data: UnitDetails & { unitId: string } }
  | { type: 'UnitRetired'; data: { unitId: string; reason: string } };

export type UnitCommand =
  | ({ type: 'RegisterUnit'; unitId: string; communityId: string; fromFreeText?: boolean } & UnitDetails)
  /** What the command leaves out stays as it was. */
  | ({ type: 'EditUnit'; unitId: string } & Partial<UnitDetails>)
  | { type: 'RetireUnit'; unitId: string; reason: string };

export type Unit = { exists: false } | { exists: true; unitId: string; communityId: string; retired: boolean; details: UnitDetails };

export function requireUnit(state: Unit, unitId: string): Extract<Unit, { exists: true }> {
  if (!state.exists) throw new DomainError('UNIT_NOT_FOUND', { unitId });
  return state;
}

export function requireActiveUnit(state: Unit, unitId: string): Extract<Unit, { exists: true }> {
  const unit = requireUnit(state, unitId);
  if (unit.retired) throw new DomainError('UNIT_RETIRED', { unitId });
  return unit;
}

export const unitDecider: Decider<UnitCommand, UnitEvent, Unit> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterUnit': {
        if (state.exists) throw new DomainError('UNIT_ALREADY_EXISTS', { unitId: command.unitId });
        const { unitId, communityId, name, kind, partyOrganisation, liaison } = command;
        return [{ type: 'UnitRegistered', data: { unitId, communityId, name, kind, partyOrganisation, liaison, fromFreeText: command.fromFreeText ?? false } }];
      }
      case 'EditUnit': {
        const { details } = requireActiveUnit(state, command.unitId);
        const next: UnitDetails = {
          name: command.name ?? details.name,
          kind: command.kind ?? details.kind,
          partyOrganisation: command.partyOrganisation === undefined ? details.partyOrganisation : command.partyOrganisation,
          liaison: command.liaison === undefined ? details.liaison : command.liaison,
          liaisonVolunteerId: command.liaisonVolunteerId === undefined ? (details.liaisonVolunteerId ?? null) : command.liaisonVolunteerId,
        };
        return [{ type: 'UnitEdited', data: { unitId: command.unitId, ...next } }];
      }
      case 'RetireUnit':
        requireActiveUnit(state, command.unitId);
        return [{ type: 'UnitRetired', data: { unitId: command.unitId, reason: command.reason } }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'UnitRegistered': {
        const { unitId, communityId, name, kind, partyOrganisation, liaison } = event.data;
        return { exists: true, unitId, communityId, retired: false, details: { name, kind, partyOrganisation, liaison, liaisonVolunteerId: event.data.liaisonVolunteerId ?? null } };
      }
      case 'UnitEdited': {
        const { name, kind, partyOrganisation, liaison } = event.data;
        return state.exists ? { ...state, details: { name, kind, partyOrganisation, liaison, liaisonVolunteerId: event.data.liaisonVolunteerId ?? null } } : state;
      }
      case 'UnitRetired':
        return state.exists ? { ...state, retired: true } : state;
      default:
        return assertNever(event);
    }
  },
};
