import { DomainError, teamDecider, type Decider, type Team, type TeamEvent } from '@shiji/domain';

/** Many volunteers joining one team in one append: an import adds a team's members at once, not one round trip each. */
export interface TeamJoins {
  teamId: string;
  volunteerIds: readonly string[];
}

/**
 * The team's own decider, asked once per volunteer over the state its
 * earlier answers leave; a volunteer already a member is passed over, so a
 * resumed import adds nobody twice.
 */
export const teamJoinsDecider: Decider<TeamJoins, TeamEvent, Team> = {
  initialState: teamDecider.initialState,
  evolve: teamDecider.evolve,
  foldMany: teamDecider.foldMany,
  communityOf: teamDecider.communityOf,
  decide({ teamId, volunteerIds }, state) {
    const events: TeamEvent[] = [];
    let current = state;
    for (const volunteerId of volunteerIds) {
      let decided: TeamEvent[];
      try {
        decided = teamDecider.decide({ type: 'AddTeamMember', teamId, volunteerId }, current);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'ALREADY_TEAM_MEMBER') continue;
        throw error;
      }
      events.push(...decided);
      current = decided.reduce(teamDecider.evolve, current);
    }
    return events;
  },
};
