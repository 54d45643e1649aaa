import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import type { Actor } from '../../platform/auth/actor';
import { actorOf } from '../../platform/auth/actor-request';
import { AccessLogStore } from './access-log.store';

/** An auditor's own identity is not someone else's data. */
const OWN_DATA = /^\/v1\/me(\/|\?|$)/;

/** Which calls leave a trace: every /v1/audit call, and every read an auditor makes of other people's data. */
export function isRecordedAccess(actor: Actor, method: string, url: string): boolean {
  if (url === '/v1/audit' || url.startsWith('/v1/audit/') || url.startsWith('/v1/audit?')) return true;
  return actor.role === 'auditor' && method === 'GET' && url.startsWith('/v1/') && !OWN_DATA.test(url);
}

/**
 * Global: writes the access record before the route runs, and the route only
 * runs once it is written, so no audited read goes unrecorded (a failing
 * write fails the request). Runs after the guards: refused calls never reach
 * the data and are not recorded here.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(private readonly accessLog: AccessLogStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = actorOf(request);
    if (!actor || !isRecordedAccess(actor, request.method, request.url)) return next.handle();
    const entry = { actorId: actor.id, actorRole: actor.role, method: request.method, path: request.url };
    return from(this.accessLog.record(entry)).pipe(switchMap(() => next.handle()));
  }
}
