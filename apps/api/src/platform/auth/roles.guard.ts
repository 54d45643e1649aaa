import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { decideAccess } from './access-policy';
import { actorOf } from './actor-request';
import { ForbiddenError } from './forbidden.error';
import { IS_PUBLIC } from './public.decorator';
import type { Role } from './role';
import { REQUIRED_ROLES } from './roles.decorator';
import { UnauthenticatedError } from './unauthenticated.error';

/** Global, after JwtAuthGuard: applies the access policy to the route's declared requirement. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (!actor) throw new UnauthenticatedError('missing');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const decision = decideAccess(actor, { roles });
    if (!decision.allowed) throw new ForbiddenError(decision.reason);
    return true;
  }
}
