import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { decideAccess, type ResolvedTarget } from './access-policy';
import type { Actor } from './actor';
import { actorOf, setActor } from './actor-request';
import { minPositionOf } from '../http/min-position';
import { ForbiddenError } from './forbidden.error';
import { OutOfScopeError } from './out-of-scope.error';
import { IS_PUBLIC } from './public.decorator';
import type { Role } from './role';
import { REQUIRED_ROLES } from './roles.decorator';
import { SCOPE, type ScopeDeclaration, type TargetDeclaration } from './scope.decorator';
import { ACTOR_STANDING, type ActorStanding } from './actor-standing.port';
import { SCOPE_TARGETS, type ScopeTargets } from './scope-targets.port';
import { TOKEN_STANDING, type TokenStanding } from './token-standing.port';
import { UnauthenticatedError } from './unauthenticated.error';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Global, after JwtAuthGuard: refuses a token whose session ended or that was
 * revoked, narrows a staff token to the communities still granted, marks a
 * suspended volunteer, looks up the targets the route declares with @Scope,
 * and applies decideAccess. Nothing else in the api decides who may do what.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_STANDING) private readonly standing: ActorStanding,
    @Optional() @Inject(SCOPE_TARGETS) private readonly lookups?: ScopeTargets,
    @Optional() @Inject(TOKEN_STANDING) private readonly tokens?: TokenStanding,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const handlers = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, handlers)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const claimed = actorOf(request);
    if (!claimed) throw new UnauthenticatedError('missing');
    if (this.tokens && !(await this.tokens.stands(claimed))) throw new UnauthenticatedError('revoked');
    const scope = this.reflector.getAllAndOverride<ScopeDeclaration | undefined>(SCOPE, handlers) ?? {};
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, handlers);
    const writes = WRITES.has(request.method) && !scope.changesNothing;
    const actor = await this.effective(claimed, writes);
    setActor(request, actor);
    // Roles first, so a refused role learns nothing about whether a target exists.
    const byRole = decideAccess(actor, { roles, writes });
    if (byRole.allowed) {
      const targets = await this.resolve(actor, scope.targets ?? [], request);
      const decision = decideAccess(actor, { roles, writes, targets });
      if (decision.allowed) return true;
      throw new OutOfScopeError(decision.reason);
    }
    throw new ForbiddenError(byRole.reason);
  }

  /**
   * The actor as current state has it. A signed-in staff member speaks for the
   * communities they hold now; a CLI token only for those it names and they
   * still hold; unregistered staff are nobody, and so is an erased volunteer.
   * A volunteer's suspension matters only to a write, so only a write looks
   * it up.
   */
  private async effective(actor: Actor, writes: boolean): Promise<Actor> {
    if (actor.role === 'staff') {
      const granted = await this.standing.staffCommunities(actor.id);
      if (!granted) throw new UnauthenticatedError('unknown-staff');
      return { ...actor, communities: actor.sessionId === undefined ? actor.communities.filter((community) => granted.has(community)) : [...granted] };
    }
    if (actor.role === 'volunteer') {
      if (await this.standing.volunteerErased(actor.id)) throw new UnauthenticatedError('erased');
      if (writes && this.tokens && (await this.tokens.isSuspended(actor.id))) return { ...actor, suspended: true };
    }
    return actor;
  }

  private async resolve(actor: Actor, declared: readonly TargetDeclaration[], request: FastifyRequest): Promise<ResolvedTarget[]> {
    // Admins and auditors span the street: nothing to look up.
    if (actor.role === 'admin' || actor.role === 'auditor') return [];
    const resolved: ResolvedTarget[] = [];
    const seenPosition = minPositionOf(request) ?? undefined;
    for (const target of declared) {
      const id = valueAt(request, target);
      if (target.kind === 'community') {
        // An absent community filter asks for the whole street; a malformed one is left to validation.
        if (id !== undefined) resolved.push({ kind: 'community', id, communityId: id });
        else if (valueMissing(request, target)) resolved.push({ kind: 'community', id: null, communityId: null });
        continue;
      }
      if (id === undefined) continue;
      if (target.kind === 'volunteer' && actor.role === 'volunteer') {
        resolved.push({ kind: 'volunteer', id, communityId: null, owner: id });
        continue;
      }
      if (!this.lookups) throw new Error(`@Scope target ${target.kind} declared but no ScopeTargets provider is registered`);
      const facts = await this.lookups.resolve(target.kind, id, seenPosition);
      // Unknown: the handler answers 404, the same for every role.
      if (facts) resolved.push({ kind: target.kind, id, communityId: facts.communityId, owner: facts.owner });
    }
    return resolved;
  }
}

function source(request: FastifyRequest, from: TargetDeclaration['from']): unknown {
  return from === 'param' ? request.params : from === 'query' ? request.query : request.body;
}

/** The id at a declared place, when it is a non-empty string; own properties only, so `__proto__` paths read nothing. */
function valueAt(request: FastifyRequest, target: TargetDeclaration): string | undefined {
  let value: unknown = source(request, target.from);
  for (const key of target.name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function valueMissing(request: FastifyRequest, target: TargetDeclaration): boolean {
  const container = source(request, target.from);
  if (typeof container !== 'object' || container === null) return true;
  const value = Object.prototype.hasOwnProperty.call(container, target.name) ? (container as Record<string, unknown>)[target.name] : undefined;
  return value === undefined || value === null || value === '';
}
