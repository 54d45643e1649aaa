import type { ServiceCategory } from '../activity/service-category';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/** A need on a community's list of residents' needs (需求清单), one stream each. */
export const needStream = (needId: string): string => `resident-need-${needId}`;

export type NeedEvent =
  | { type: 'ResidentNeedRegistered'; data: { needId: string; communityId: string; category: ServiceCategory; description: string } }
  | { type: 'ResidentNeedClosed'; data: { needId: string; reason: string } };

export type NeedCommand =
  | ({ type: 'RegisterNeed' } & Extract<NeedEvent, { type: 'ResidentNeedRegistered' }>['data'])
  | { type: 'CloseNeed'; needId: string; reason: string };

export type Need = { exists: false } | { exists: true; needId: string; communityId: string; category: ServiceCategory; closed: boolean };

export const needDecider: Decider<NeedCommand, NeedEvent, Need> = {
  initialState: () => ({ exists: false }),
  communityOf: (event, state) => (event.type === 'ResidentNeedRegistered' ? event.data.communityId : state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterNeed': {
        if (state.exists) throw new DomainError('NEED_ALREADY_EXISTS', { needId: command.needId });
        const { type: _type, ...data } = command;
        return [{ type: 'ResidentNeedRegistered', data }];
      }
      case 'CloseNeed': {
        if (!state.exists) throw new DomainError('NEED_NOT_FOUND', { needId: command.needId });
        if (state.closed) return [];
        return [{ type: 'ResidentNeedClosed', data: { needId: command.needId, reason: command.reason } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ResidentNeedRegistered':
        return { exists: true, needId: event.data.needId, communityId: event.data.communityId, category: event.data.category, closed: false };
      case 'ResidentNeedClosed':
        return state.exists ? { ...state, closed: true } : state;
      default:
        return assertNever(event);
    }
  },
};

/** A project of the menu as the matching reads it. */
export interface MatchableProject {
  projectId: string;
  category: ServiceCategory;
  status: 'active' | 'paused' | 'retired';
  provider: { kind: 'team' | 'unit'; id: string };
}

/** The active projects of the need's category; the providers whose volunteers offer them. */
export function matchNeed(need: { category: ServiceCategory }, projects: readonly MatchableProject[]): { projects: string[]; providers: Array<{ kind: 'team' | 'unit'; id: string }> } {
  const matching = projects.filter((project) => project.status === 'active' && project.category === need.category).sort((a, b) => (a.projectId < b.projectId ? -1 : 1));
  const providers = new Map(matching.map((project) => [`${project.provider.kind}:${project.provider.id}`, project.provider]));
  return { projects: matching.map((project) => project.projectId), providers: [...providers.values()] };
}
