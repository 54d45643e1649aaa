import { decideAccess, type ResolvedTarget } from './access-policy';
import type { Actor } from './actor';

const staff: Actor = { id: 'bob', role: 'staff', communities: ['c1'], tokenId: 't' };
const volunteer: Actor = { id: 'v1', role: 'volunteer', communities: ['c1'], tokenId: 't' };
const auditor: Actor = { id: 'ann', role: 'auditor', communities: [], tokenId: 't' };
const admin: Actor = { id: 'root', role: 'admin', communities: [], tokenId: 't' };

const volunteerIn = (communityId: string, owner: string): ResolvedTarget => ({ kind: 'volunteer', id: owner, communityId, owner });
const everyCommunity: ResolvedTarget = { kind: 'community', id: null, communityId: null };

describe('decideAccess', () => {
  it('lets any authenticated actor in when no role is required', () => {
    expect(decideAccess(staff, {})).toEqual({ allowed: true });
    expect(decideAccess(staff, { roles: [] })).toEqual({ allowed: true });
  });

  it('lets a listed role in', () => {
    expect(decideAccess(staff, { roles: ['staff', 'admin'] })).toEqual({ allowed: true });
  });

  it('refuses other roles, saying which are allowed in both languages', () => {
    expect(decideAccess(staff, { roles: ['admin', 'auditor'] })).toEqual({
      allowed: false,
      problem: 'FORBIDDEN',
      reason: { zh: '此操作仅限以下角色：admin, auditor', en: 'Only these roles may do this: admin, auditor' },
    });
  });

  it('lets auditors read everything and change nothing', () => {
    expect(decideAccess(auditor, { targets: [volunteerIn('c9', 'v9')] })).toEqual({ allowed: true });
    expect(decideAccess(auditor, { writes: true })).toMatchObject({ allowed: false, problem: 'FORBIDDEN' });
  });

  it('keeps staff inside their communities, and out of street-wide lists', () => {
    expect(decideAccess(staff, { targets: [volunteerIn('c1', 'v1')] })).toEqual({ allowed: true });
    expect(decideAccess(staff, { targets: [volunteerIn('c1', 'v1'), volunteerIn('c2', 'v2')] })).toMatchObject({ allowed: false, problem: 'OUT_OF_SCOPE' });
    expect(decideAccess(staff, { targets: [everyCommunity] })).toMatchObject({ allowed: false, problem: 'OUT_OF_SCOPE' });
  });

  it('lets a volunteer touch only what is theirs', () => {
    expect(decideAccess(volunteer, { targets: [volunteerIn('c1', 'v1'), { kind: 'activity', id: 'a', communityId: 'c2' }] })).toEqual({ allowed: true });
    expect(decideAccess(volunteer, { targets: [volunteerIn('c1', 'v2')] })).toMatchObject({ allowed: false, problem: 'OUT_OF_SCOPE' });
    expect(decideAccess(volunteer, { targets: [{ kind: 'serviceRequest', id: 'r', communityId: 'c1', owner: null }] })).toMatchObject({ allowed: false, problem: 'OUT_OF_SCOPE' });
  });

  it('lets a suspended volunteer read what is theirs and change nothing', () => {
    const suspended: Actor = { ...volunteer, suspended: true };
    expect(decideAccess(suspended, { targets: [volunteerIn('c1', 'v1')] })).toEqual({ allowed: true });
    expect(decideAccess(suspended, { writes: true, targets: [volunteerIn('c1', 'v1')] })).toMatchObject({ allowed: false, problem: 'FORBIDDEN' });
  });

  it('lets admins act anywhere in the street', () => {
    expect(decideAccess(admin, { writes: true, targets: [volunteerIn('c9', 'v9'), everyCommunity] })).toEqual({ allowed: true });
  });
});
