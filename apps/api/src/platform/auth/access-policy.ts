import type { Bilingual } from '../errors/bilingual';
import type { Actor } from './actor';
import type { Role } from './role';
import type { TargetKind } from './scope-targets.port';

/** A target of the request, looked up: `communityId` null means "every community" (a street-wide list). */
export interface ResolvedTarget {
  kind: TargetKind;
  id: string | null;
  communityId: string | null;
  /** Undefined: nobody owns it. Null: owned by no volunteer (a request made by staff). */
  owner?: string | null;
}

/** What a route demands of its caller: declared with @Roles and @Scope, resolved by AccessGuard. */
export interface AccessRequirement {
  /** Any of these roles; absent or empty means any authenticated actor. */
  roles?: readonly Role[];
  /** The route changes data: auditors never may. */
  writes?: boolean;
  targets?: readonly ResolvedTarget[];
}

export type AccessDecision = { allowed: true } | { allowed: false; problem: 'FORBIDDEN' | 'OUT_OF_SCOPE'; reason: Bilingual };

const ALLOWED: AccessDecision = { allowed: true };

/**
 * The one place that decides whether an actor may call a route: the role
 * first (FORBIDDEN), then whose data it is (OUT_OF_SCOPE). Admins span the
 * street; auditors read the street and change nothing; staff act inside the
 * communities both their token and their current grants name; volunteers
 * touch only what is theirs, and a suspended volunteer changes nothing.
 */
export function decideAccess(actor: Actor, requirement: AccessRequirement): AccessDecision {
  const roles = requirement.roles ?? [];
  if (roles.length > 0 && !roles.includes(actor.role)) {
    const allowed = roles.join(', ');
    return { allowed: false, problem: 'FORBIDDEN', reason: { zh: `此操作仅限以下角色：${allowed}`, en: `Only these roles may do this: ${allowed}` } };
  }
  if (actor.role === 'auditor' && requirement.writes) {
    return { allowed: false, problem: 'FORBIDDEN', reason: { zh: '审计员只能查看，不能更改任何数据', en: 'Auditors read; they never change anything' } };
  }
  if (actor.suspended && requirement.writes) {
    return { allowed: false, problem: 'FORBIDDEN', reason: { zh: '志愿者身份已暂停：可以登录和查看，不能办理', en: 'A suspended volunteer may sign in and read, not act' } };
  }
  const targets = requirement.targets ?? [];
  if (actor.role === 'staff') {
    const outside = targets.find((target) => target.communityId === null || !actor.communities.includes(target.communityId));
    if (outside) return outOfScope(outside.communityId === null ? { zh: '请指定您负责的社区', en: 'Name one of your communities' } : { zh: `社区 ${outside.communityId} 不在您的管辖范围内`, en: `Community ${outside.communityId} is not one of yours` });
  }
  if (actor.role === 'volunteer') {
    const others = targets.find((target) => target.owner !== undefined && target.owner !== actor.id);
    if (others) return outOfScope({ zh: '志愿者只能查看和办理本人的事项', en: 'A volunteer may only see and act on their own records' });
  }
  return ALLOWED;
}

function outOfScope(reason: Bilingual): AccessDecision {
  return { allowed: false, problem: 'OUT_OF_SCOPE', reason };
}
