import { SetMetadata } from '@nestjs/common';
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
 */
export const Scope = Object.assign((declaration: ScopeDeclaration): MethodDecorator & ClassDecorator => SetMetadata(SCOPE, declaration), {
  /** Street-wide: no community or owner to check. */
  street: (): MethodDecorator & ClassDecorator => SetMetadata(SCOPE, { street: true } satisfies ScopeDeclaration),
  of: (...targets: TargetDeclaration[]): MethodDecorator & ClassDecorator => SetMetadata(SCOPE, { targets } satisfies ScopeDeclaration),
  /** About the volunteer in this path parameter: their own for a volunteer, their community's for staff. */
  volunteer: (paramName = 'volunteerId'): MethodDecorator & ClassDecorator => SetMetadata(SCOPE, { targets: [param(paramName, 'volunteer')] } satisfies ScopeDeclaration),
});
