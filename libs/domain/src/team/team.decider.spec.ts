import { fold, teamDecider, teamStream, type TeamEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(teamDecider);

const teamId = 't-1';
const registered: TeamEvent = { type: 'TeamRegistered', data: { teamId, communityId: 'c-1', name: '银龄志愿者服务队', specialty: '助老' } };
const joined = (volunteerId: string): TeamEvent => ({ type: 'TeamMemberJoined', data: { teamId, volunteerId } });
const left = (volunteerId: string): TeamEvent => ({ type: 'TeamMemberLeft', data: { teamId, volunteerId } });

describe('service teams', () => {
  it('have one stream each', () => {
    expect(teamStream('t-1')).toBe('team-t-1');
  });

  it('are registered in a community', () => {
    spec.given([]).when({ type: 'RegisterTeam', teamId, communityId: 'c-1', name: '银龄志愿者服务队', specialty: '助老' }).then([registered]);
  });

  it('are registered once', () => {
    spec.given([registered]).when({ type: 'RegisterTeam', teamId, communityId: 'c-2', name: '另一个队', specialty: null }).thenThrows('TEAM_ALREADY_EXISTS', { teamId });
  });

  describe('the leader', () => {
    const appointed = (volunteerId: string): TeamEvent => ({ type: 'TeamLeaderAppointed', data: { teamId, volunteerId } });

    it('is a member appointed by staff, once', () => {
      spec.given([registered, joined('v-1')]).when({ type: 'AppointTeamLeader', teamId, volunteerId: 'v-1' }).then([appointed('v-1')]);
      spec.given([registered, joined('v-1'), appointed('v-1')]).when({ type: 'AppointTeamLeader', teamId, volunteerId: 'v-1' }).then([]);
      spec.given([registered]).when({ type: 'AppointTeamLeader', teamId, volunteerId: 'v-1' }).thenThrows('NOT_TEAM_MEMBER', { teamId, volunteerId: 'v-1' });
    });

    it('leads no longer once they leave the team; another may be appointed in their place', () => {
      expect(fold(teamDecider, [registered, joined('v-1'), appointed('v-1'), left('v-1')])).toMatchObject({ leaderId: null });
      expect(fold(teamDecider, [registered, joined('v-1'), joined('v-2'), appointed('v-1'), appointed('v-2')])).toMatchObject({ leaderId: 'v-2' });
    });
  });

  describe('membership', () => {
    it('a volunteer joins', () => {
      spec.given([registered]).when({ type: 'AddTeamMember', teamId, volunteerId: 'v-1' }).then([joined('v-1')]);
    });

    it('a member cannot join twice', () => {
      spec.given([registered, joined('v-1')]).when({ type: 'AddTeamMember', teamId, volunteerId: 'v-1' }).thenThrows('ALREADY_TEAM_MEMBER', { teamId, volunteerId: 'v-1' });
    });

    it('a member leaves, and may join again', () => {
      spec.given([registered, joined('v-1')]).when({ type: 'RemoveTeamMember', teamId, volunteerId: 'v-1' }).then([left('v-1')]);
      spec.given([registered, joined('v-1'), left('v-1')]).when({ type: 'AddTeamMember', teamId, volunteerId: 'v-1' }).then([joined('v-1')]);
    });

    it('a non-member cannot leave', () => {
      spec.given([registered, joined('v-2')]).when({ type: 'RemoveTeamMember', teamId, volunteerId: 'v-1' }).thenThrows('NOT_TEAM_MEMBER', { teamId, volunteerId: 'v-1' });
    });

    it('needs the team to exist', () => {
      spec.given([]).when({ type: 'AddTeamMember', teamId, volunteerId: 'v-1' }).thenThrows('TEAM_NOT_FOUND', { teamId });
      spec.given([]).when({ type: 'RemoveTeamMember', teamId, volunteerId: 'v-1' }).thenThrows('TEAM_NOT_FOUND', { teamId });
    });

    it('a volunteer may belong to any number of teams; the team keeps its members', () => {
      const team = fold(teamDecider, [registered, joined('v-1'), joined('v-2'), joined('v-3'), left('v-2')]);
      expect(team.exists && [...team.members]).toEqual(['v-1', 'v-3']);
    });
  });
});
