import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblems } from '../docs/api-problems.decorator';
import type { TargetKind } from './scope-targets.port';

export const SCOPE = 'shiji:scope';

/** Where in the request a target's id is: a path parameter, a body field (dotted path) or a query parameter. */
export interface TargetDeclaration {
  from: 'param' | 'body' | 'query';
  name: string;
  kind: TargetKind;
}

export interface ScopeDeclaration {
  /**
   * What the route acts on. Staff must hold each target's community; a
   * volunteer must own each target that has an owner. A `community` target
   * left out of the request means "every community", which staff never hold.
   */
  targets?: readonly TargetDeclaration[];
  /** Street-wide: nothing community-bound (policy, rewards, the audit log, one's own token). */
  street?: boolean;
  /**
   * A write that changes no time-bank data (starting a verification; one's own
   * password and sessions): auditors and suspended volunteers may call it.
   */
  changesNothing?: boolean;
}

export const param = (name: string, kind: TargetKind): TargetDeclaration => ({ from: 'param', name, kind });
export const body = (name: string, kind: TargetKind): TargetDeclaration => ({ from: 'body', name, kind });
export const query = (name: string, kind: TargetKind): TargetDeclaration => ({ from: 'query', name, kind });

/**
 * Declares, next to a route, whose data it touches; AccessGuard enforces it
 * through decideAccess. A method's declaration replaces its controller's.
 * Targets make 403 possible (someone else's, or another community's), and a
 * target named in the path or body that does not exist is 404.
 */
const declare = (declaration: ScopeDeclaration): MethodDecorator & ClassDecorator => {
  const targets = declaration.targets ?? [];
  const statuses = [...(targets.length > 0 ? [403] : []), ...(targets.some((target) => target.from !== 'query') ? [404] : [])];
  return applyDecorators(SetMetadata(SCOPE, declaration), ApiProblems(...statuses));
};

export const Scope = Object.assign(declare, {
  /** Street-wide: no community or owner to check. */
  street: (): MethodDecorator & ClassDecorator => declare({ street: true }),
  of: (...targets: TargetDeclaration[]): MethodDecorator & ClassDecorator => declare({ targets }),
  /** About the volunteer in this path parameter: their own for a volunteer, their community's for staff. */
  volunteer: (paramName = 'volunteerId'): MethodDecorator & ClassDecorator => declare({ targets: [param(paramName, 'volunteer')] }),
});
