import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/** A co-building agreement (共建协议) between a unit and a community, one stream each. */
export const agreementStream = (agreementId: string): string => `co-building-agreement-${agreementId}`;

export interface AgreementTerms {
  /** The last day it runs (YYYY-MM-DD), or open-ended. */
  endsOn: string | null;
  /** What each side commits to, as written. */
  commitments: string;
  /** The community's service projects it covers. */
  projectIds: string[];
}

export type AgreementEvent =
  | { type: 'CoBuildingAgreementRegistered'; data: { agreementId: string; unitId: string; communityId: string; startsOn: string } & AgreementTerms }
  | { type: 'CoBuildingAgreementAmended'; data: { agreementId: string } & AgreementTerms }
  | { type: 'CoBuildingAgreementEnded'; data: { agreementId: string; endedOn: string } };

export type AgreementCommand =
  | ({ type: 'RegisterAgreement' } & Extract<AgreementEvent, { type: 'CoBuildingAgreementRegistered' }>['data'])
  /** Terms left out stay as they are. */
  | ({ type: 'AmendAgreement'; agreementId: string } & Partial<AgreementTerms>)
  | { type: 'EndAgreement'; agreementId: string; endedOn: string };

export type Agreement =
  | { exists: false }
  | ({ exists: true; agreementId: string; communityId: string; unitId: string; startsOn: string; endedOn: string | null } & AgreementTerms);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (day: string) => DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

function requireDates(startsOn: string, ...later: Array<string | null>): void {
  for (const day of [startsOn, ...later]) if (day !== null && !validDay(day)) throw new DomainError('INVALID_AGREEMENT_DATES', { day });
  for (const day of later) if (day !== null && day < startsOn) throw new DomainError('INVALID_AGREEMENT_DATES', { startsOn, day });
}

function requireOpen(state: Agreement, agreementId: string): Extract<Agreement, { exists: true }> {
  if (!state.exists) throw new DomainError('AGREEMENT_NOT_FOUND', { agreementId });
  if (state.endedOn !== null) throw new DomainError('AGREEMENT_ENDED', { agreementId, endedOn: state.endedOn });
  return state;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

export const agreementDecider: Decider<AgreementCommand, AgreementEvent, Agreement> = {
  initialState: () => ({ exists: false }),
  communityOf: (event, state) => (event.type === 'CoBuildingAgreementRegistered' ? event.data.communityId : state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterAgreement': {
        if (state.exists) throw new DomainError('AGREEMENT_ALREADY_EXISTS', { agreementId: command.agreementId });
        requireDates(command.startsOn, command.endsOn);
        const { type: _type, ...data } = command;
        return [{ type: 'CoBuildingAgreementRegistered', data: { ...data, projectIds: unique(data.projectIds) } }];
      }
      case 'AmendAgreement': {
        const agreement = requireOpen(state, command.agreementId);
        const terms: AgreementTerms = {
          endsOn: command.endsOn === undefined ? agreement.endsOn : command.endsOn,
          commitments: command.commitments ?? agreement.commitments,
          projectIds: command.projectIds ? unique(command.projectIds) : agreement.projectIds,
        };
        requireDates(agreement.startsOn, terms.endsOn);
        const same = terms.endsOn === agreement.endsOn && terms.commitments === agreement.commitments && terms.projectIds.join('\n') === agreement.projectIds.join('\n');
        return same ? [] : [{ type: 'CoBuildingAgreementAmended', data: { agreementId: command.agreementId, ...terms } }];
      }
      case 'EndAgreement': {
        const agreement = requireOpen(state, command.agreementId);
        requireDates(agreement.startsOn, command.endedOn);
        return [{ type: 'CoBuildingAgreementEnded', data: { agreementId: command.agreementId, endedOn: command.endedOn } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CoBuildingAgreementRegistered': {
        const { agreementId, communityId, unitId, startsOn, endsOn, commitments, projectIds } = event.data;
        return { exists: true, agreementId, communityId, unitId, startsOn, endsOn, commitments, projectIds, endedOn: null };
      }
      case 'CoBuildingAgreementAmended': {
        const { endsOn, commitments, projectIds } = event.data;
        return state.exists ? { ...state, endsOn, commitments, projectIds } : state;
      }
      case 'CoBuildingAgreementEnded':
        return state.exists ? { ...state, endedOn: event.data.endedOn } : state;
      default:
        return assertNever(event);
    }
  },
};
