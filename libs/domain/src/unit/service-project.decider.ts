import type { ServiceCategory } from '../activity/service-category';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/** A project of a community's service-project menu (服务项目库), one stream each. */
export const serviceProjectStream = (projectId: string): string => `service-project-${projectId}`;

export interface ProjectProvider {
  kind: 'team' | 'unit';
  id: string;
}

export type ServiceProjectStatus = 'active' | 'paused' | 'retired';

export type ServiceProjectEvent =
  | {
      type: 'ServiceProjectRegistered';
      data: { projectId: string; communityId: string; title: string; category: ServiceCategory; description: string; provider: ProjectProvider; schedule: string | null };
    }
  | { type: 'ServiceProjectStatusChanged'; data: { projectId: string; status: ServiceProjectStatus } }
  /** An activity delivers the project (the activity names it through this link, its own stream unchanged). */
  | { type: 'ServiceProjectActivityLinked'; data: { projectId: string; activityId: string } };

export type ServiceProjectCommand =
  | ({ type: 'RegisterServiceProject' } & Extract<ServiceProjectEvent, { type: 'ServiceProjectRegistered' }>['data'])
  | { type: 'ChangeServiceProjectStatus'; projectId: string; status: ServiceProjectStatus }
  | { type: 'LinkProjectActivity'; projectId: string; activityId: string };

export type ServiceProject =
  | { exists: false }
  | { exists: true; projectId: string; communityId: string; status: ServiceProjectStatus; activities: readonly string[] };

function requireProject(state: ServiceProject, projectId: string): Extract<ServiceProject, { exists: true }> {
  if (!state.exists) throw new DomainError('SERVICE_PROJECT_NOT_FOUND', { projectId });
  return state;
}

export const serviceProjectDecider: Decider<ServiceProjectCommand, ServiceProjectEvent, ServiceProject> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterServiceProject': {
        if (state.exists) throw new DomainError('SERVICE_PROJECT_ALREADY_EXISTS', { projectId: command.projectId });
        const { type: _type, ...data } = command;
        return [{ type: 'ServiceProjectRegistered', data }];
      }
      case 'ChangeServiceProjectStatus': {
        const project = requireProject(state, command.projectId);
        if (project.status === 'retired') throw new DomainError('SERVICE_PROJECT_RETIRED', { projectId: command.projectId });
        if (project.status === command.status) return [];
        return [{ type: 'ServiceProjectStatusChanged', data: { projectId: command.projectId, status: command.status } }];
      }
      case 'LinkProjectActivity': {
        const project = requireProject(state, command.projectId);
        if (project.status !== 'active') throw new DomainError('SERVICE_PROJECT_NOT_ACTIVE', { projectId: command.projectId, status: project.status });
        if (project.activities.includes(command.activityId)) return [];
        return [{ type: 'ServiceProjectActivityLinked', data: { projectId: command.projectId, activityId: command.activityId } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ServiceProjectRegistered':
        return { exists: true, projectId: event.data.projectId, communityId: event.data.communityId, status: 'active', activities: [] };
      case 'ServiceProjectStatusChanged':
        return state.exists ? { ...state, status: event.data.status } : state;
      case 'ServiceProjectActivityLinked':
        return state.exists ? { ...state, activities: [...state.activities, event.data.activityId] } : state;
      default:
        return assertNever(event);
    }
  },
};
