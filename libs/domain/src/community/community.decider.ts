import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const communityStream = (communityId: string): string => `community-${communityId}`;

export type CommunityRegistered = {
  type: 'CommunityRegistered';
  data: { communityId: string; name: string };
};
export type CommunityEvent = CommunityRegistered;

export type CommunityCommand = { type: 'RegisterCommunity'; communityId: string; name: string };

export type Community = { exists: false } | { exists: true; communityId: string; name: string };

export const communityDecider: Decider<CommunityCommand, CommunityEvent, Community> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterCommunity':
        if (state.exists) throw new DomainError('COMMUNITY_ALREADY_EXISTS', { communityId: command.communityId });
        return [{ type: 'CommunityRegistered', data: { communityId: command.communityId, name: command.name } }];
      default:
        return assertNever(command.type);
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'CommunityRegistered':
        return { exists: true, communityId: event.data.communityId, name: event.data.name };
      default:
        return assertNever(event.type);
    }
  },
};
