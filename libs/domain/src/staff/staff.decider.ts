import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const staffStream = (staffId: string): string => `staff-${staffId}`;

export type StaffEvent =
  | { type: 'StaffRegistered'; data: { staffId: string; name: string } }
  | { type: 'StaffCommunityGranted'; data: { staffId: string; communityId: string } }
  | { type: 'StaffCommunityRevoked'; data: { staffId: string; communityId: string } };

export type StaffCommand =
  | { type: 'RegisterStaff'; staffId: string; name: string; communityIds: string[] }
  | { type: 'GrantCommunity'; staffId: string; communityId: string }
  | { type: 'RevokeCommunity'; staffId: string; communityId: string };

export type Staff = { exists: false } | { exists: true; staffId: string; name: string; communities: ReadonlySet<string> };

function requireStaff(state: Staff, staffId: string): Extract<Staff, { exists: true }> {
  if (!state.exists) throw new DomainError('STAFF_NOT_FOUND', { staffId });
  return state;
}

export const staffDecider: Decider<StaffCommand, StaffEvent, Staff> = {
  initialState: () => ({ exists: false }),
  // A grant and a revocation belong to the community they name; the staff member belongs to none.
  communityOf: (event) => (event.type === 'StaffRegistered' ? undefined : event.data.communityId),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterStaff':
        if (state.exists) throw new DomainError('STAFF_ALREADY_EXISTS', { staffId: command.staffId });
        return [
          { type: 'StaffRegistered', data: { staffId: command.staffId, name: command.name } },
          ...[...new Set(command.communityIds)].map((communityId): StaffEvent => ({ type: 'StaffCommunityGranted', data: { staffId: command.staffId, communityId } })),
        ];
      case 'GrantCommunity': {
        const staff = requireStaff(state, command.staffId);
        if (staff.communities.has(command.communityId)) throw new DomainError('COMMUNITY_ALREADY_GRANTED', { staffId: command.staffId, communityId: command.communityId });
        return [{ type: 'StaffCommunityGranted', data: { staffId: command.staffId, communityId: command.communityId } }];
      }
      case 'RevokeCommunity': {
        const staff = requireStaff(state, command.staffId);
        if (!staff.communities.has(command.communityId)) throw new DomainError('COMMUNITY_NOT_GRANTED', { staffId: command.staffId, communityId: command.communityId });
        return [{ type: 'StaffCommunityRevoked', data: { staffId: command.staffId, communityId: command.communityId } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'StaffRegistered':
        return { exists: true, staffId: event.data.staffId, name: event.data.name, communities: new Set<string>() };
      case 'StaffCommunityGranted':
        return state.exists ? { ...state, communities: new Set([...state.communities, event.data.communityId]) } : state;
      case 'StaffCommunityRevoked':
        return state.exists ? { ...state, communities: new Set([...state.communities].filter((id) => id !== event.data.communityId)) } : state;
      default:
        return assertNever(event);
    }
  },
};
