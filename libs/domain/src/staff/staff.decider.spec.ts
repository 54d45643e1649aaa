import { fold, staffDecider, staffStream, type StaffEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(staffDecider);

const staffId = 's-1';
const registered: StaffEvent = { type: 'StaffRegistered', data: { staffId, name: '李主任' } };
const granted = (communityId: string): StaffEvent => ({ type: 'StaffCommunityGranted', data: { staffId, communityId } });
const revoked = (communityId: string): StaffEvent => ({ type: 'StaffCommunityRevoked', data: { staffId, communityId } });

describe('staff and their communities', () => {
  it('have one stream each', () => {
    expect(staffStream('s-1')).toBe('staff-s-1');
  });

  it('grants and revocations belong to the community they name; the staff member to none', () => {
    const state = fold(staffDecider, [registered, granted('c-1')]);
    expect(staffDecider.communityOf?.(granted('c-1'), state)).toBe('c-1');
    expect(staffDecider.communityOf?.(revoked('c-2'), state)).toBe('c-2');
    expect(staffDecider.communityOf?.(registered, state)).toBeUndefined();
  });

  it('registering staff grants each of their communities once', () => {
    spec
      .given([])
      .when({ type: 'RegisterStaff', staffId, name: '李主任', communityIds: ['c-1', 'c-2', 'c-1'] })
      .then([registered, granted('c-1'), granted('c-2')]);
  });

  it('staff may start with no community', () => {
    spec.given([]).when({ type: 'RegisterStaff', staffId, name: '李主任', communityIds: [] }).then([registered]);
  });

  it('staff are registered once', () => {
    spec.given([registered]).when({ type: 'RegisterStaff', staffId, name: '李主任', communityIds: [] }).thenThrows('STAFF_ALREADY_EXISTS', { staffId });
  });

  describe('grants', () => {
    it('grants a further community', () => {
      spec.given([registered, granted('c-1')]).when({ type: 'GrantCommunity', staffId, communityId: 'c-2' }).then([granted('c-2')]);
    });

    it('refuses a community already granted', () => {
      spec.given([registered, granted('c-1')]).when({ type: 'GrantCommunity', staffId, communityId: 'c-1' }).thenThrows('COMMUNITY_ALREADY_GRANTED', { staffId, communityId: 'c-1' });
    });

    it('needs registered staff', () => {
      spec.given([]).when({ type: 'GrantCommunity', staffId, communityId: 'c-1' }).thenThrows('STAFF_NOT_FOUND', { staffId });
    });
  });

  describe('revocations', () => {
    it('revokes a granted community', () => {
      spec.given([registered, granted('c-1')]).when({ type: 'RevokeCommunity', staffId, communityId: 'c-1' }).then([revoked('c-1')]);
    });

    it('refuses a community not granted', () => {
      spec.given([registered, granted('c-1')]).when({ type: 'RevokeCommunity', staffId, communityId: 'c-2' }).thenThrows('COMMUNITY_NOT_GRANTED', { staffId, communityId: 'c-2' });
    });

    it('a revoked community is no longer the staff’s and can be granted again', () => {
      const history = [registered, granted('c-1'), granted('c-2'), revoked('c-1')];
      const staff = fold(staffDecider, history);
      expect(staff.exists && [...staff.communities]).toEqual(['c-2']);
      spec.given(history).when({ type: 'RevokeCommunity', staffId, communityId: 'c-1' }).thenThrows('COMMUNITY_NOT_GRANTED');
      spec.given(history).when({ type: 'GrantCommunity', staffId, communityId: 'c-1' }).then([granted('c-1')]);
    });

    it('needs registered staff', () => {
      spec.given([]).when({ type: 'RevokeCommunity', staffId, communityId: 'c-1' }).thenThrows('STAFF_NOT_FOUND', { staffId });
    });
  });
});
