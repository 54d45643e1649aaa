import type { Actor } from './actor';
import type { Role } from './role';

/** What a route demands of its caller, declared with decorators such as @Roles. */
export interface AccessRequirement {
  /** Any of these roles; absent or empty means any authenticated actor. */
  roles?: readonly Role[];
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: { zh: string; en: string } };

/**
 * The one place that decides whether an actor may call a route. Scoping rules
 * (communities, own records only) join here as new requirement fields.
 */
export function decideAccess(actor: Actor, requirement: AccessRequirement): AccessDecision {
  const roles = requirement.roles ?? [];
  if (roles.length > 0 && !roles.includes(actor.role)) {
    const allowed = roles.join(', ');
    return { allowed: false, reason: { zh: `此操作仅限以下角色：${allowed}`, en: `Only these roles may do this: ${allowed}` } };
  }
  return { allowed: true };
}
