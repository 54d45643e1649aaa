import { decideAccess } from './access-policy';
import type { Actor } from './actor';

const staff: Actor = { id: 'bob', role: 'staff', communities: ['c1'], tokenId: 't' };

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
      reason: { zh: '此操作仅限以下角色：admin, auditor', en: 'Only these roles may do this: admin, auditor' },
    });
  });
});
