import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const teamStream = (teamId: string): string => `team-${teamId}`;

export type TeamEvent =
  /** `specialty`: what the team offers, e.g. 医疗卫生, 法律服务, 助老; null when not said. */
  | { type: 'TeamRegistered'; data: { teamId: string; communityId: string; name: string; specialty: string | null } }
  | { type: 'TeamMemberJoined'; data: { teamId: string; volunteerId: string } }
  /** A leader who leaves the team leads it no longer. */
  | { type: 'TeamMemberLeft'; data: { teamId: string; volunteerId: string } }
  /** The leader records service for the team's activities (never verifies it). */
  | { type: 'TeamLeaderAppointed'; data: { teamId: string; volunteerId: string } };

export type TeamCommand =
  | { type: 'RegisterTeam'; teamId: string; communityId: string; name: string; specialty: string | null }
  | { type: 'AddTeamMember'; teamId: string; volunteerId: string }
  | { type: 'RemoveTeamMember'; teamId: string; volunteerId: string }
  | { type: 'AppointTeamLeader'; teamId: string; volunteerId: string };

export type Team =
  | { exists: false }
  | { exists: true; teamId: string; communityId: string; name: string; specialty: string | null; members: ReadonlySet<string>; leaderId: string | null };

function existing(state: Team, teamId: string): Extract<Team, { exists: true }> {
  if (!state.exists) throw new DomainError('TEAM_NOT_FOUND', { teamId });
  return state;
}

export const teamDecider: Decider<TeamCommand, TeamEvent, Team> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterTeam':
        if (state.exists) throw new DomainError('TEAM_ALREADY_EXISTS', { teamId: command.teamId });
        return [{ type: 'TeamRegistered', data: { teamId: command.teamId, communityId: command.communityId, name: command.name, specialty: command.specialty } }];
      case 'AddTeamMember': {
        const team = existing(state, command.teamId);
        if (team.members.has(command.volunteerId)) throw new DomainError('ALREADY_TEAM_MEMBER', { teamId: command.teamId, volunteerId: command.volunteerId });
        return [{ type: 'TeamMemberJoined', data: { teamId: command.teamId, volunteerId: command.volunteerId } }];
      }
      case 'RemoveTeamMember': {
        const team = existing(state, command.teamId);
        if (!team.members.has(command.volunteerId)) throw new DomainError('NOT_TEAM_MEMBER', { teamId: command.teamId, volunteerId: command.volunteerId });
        return [{ type: 'TeamMemberLeft', data: { teamId: command.teamId, volunteerId: command.volunteerId } }];
      }
      case 'AppointTeamLeader': {
        const team = existing(state, command.teamId);
        if (!team.members.has(command.volunteerId)) throw new DomainError('NOT_TEAM_MEMBER', { teamId: command.teamId, volunteerId: command.volunteerId });
        if (team.leaderId === command.volunteerId) return [];
        return [{ type: 'TeamLeaderAppointed', data: { teamId: command.teamId, volunteerId: command.volunteerId } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TeamRegistered':
        return { exists: true, ...event.data, members: new Set<string>(), leaderId: null };
      case 'TeamMemberJoined':
        return state.exists ? { ...state, members: new Set([...state.members, event.data.volunteerId]) } : state;
      case 'TeamMemberLeft':
        return state.exists
          ? { ...state, members: new Set([...state.members].filter((id) => id !== event.data.volunteerId)), leaderId: state.leaderId === event.data.volunteerId ? null : state.leaderId }
          : state;
      case 'TeamLeaderAppointed':
        return state.exists ? { ...state, leaderId: event.data.volunteerId } : state;
      default:
        return assertNever(event);
    }
  },
};
