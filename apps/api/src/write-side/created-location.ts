import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

export const CREATED_AT = 'shiji:createdAt';

/**
 * Where what a route creates can be read, when the rule below would point
 * elsewhere: a path whose `{name}`s are filled from the answer, then from the
 * path parameters (`/v1/volunteers/{volunteerId}/account`).
 */
export const CreatedAt = (template: string): MethodDecorator & ClassDecorator => SetMetadata(CREATED_AT, template);

/**
 * Every 201 answers `Location`. Unless the route says otherwise (@CreatedAt):
 * a route under a resource (`POST /v1/activities/{activityId}/signups`) points
 * at that resource (`/v1/activities/…`); a route on a collection
 * (`POST /v1/volunteers`) at the new member, named by the answer's first id
 * (`/v1/volunteers/{volunteerId}`). An Idempotency-Key replay answers the same
 * Location, since it is made from the same answer.
 */
@Injectable()
export class CreatedLocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const code = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    if (request.method !== 'POST' || (code !== undefined && code !== 201)) return next.handle();
    const template = this.reflector.getAllAndOverride<string | undefined>(CREATED_AT, [context.getHandler(), context.getClass()]);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((answer: unknown) => {
        const location = locationOf(template, request, answer);
        // A route that chose another status (202, say) says where to look itself.
        if (location !== null && reply.statusCode === 201) void reply.header('Location', location);
        return answer;
      }),
    );
  }
}

function locationOf(template: string | undefined, request: FastifyRequest, answer: unknown): string | null {
  const fields = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  const params = (request.params ?? {}) as Record<string, string>;
  if (template !== undefined) return fill(template, fields, params);
  const route = request.routeOptions.url ?? '';
  const segments = route.split('/');
  const last = segments.findLastIndex((segment) => segment.startsWith(':'));
  if (last !== -1) return fill(segments.slice(0, last + 1).map((segment) => (segment.startsWith(':') ? `{${segment.slice(1)}}` : segment)).join('/'), fields, params);
  const id = Object.entries(fields).find(([name, value]) => name.endsWith('Id') && typeof value === 'string');
  return id === undefined ? null : `${route.replace(/\/$/, '')}/${encodeURIComponent(id[1] as string)}`;
}

/** The template with each `{name}` replaced, or null when a name has no value. */
function fill(template: string, fields: Readonly<Record<string, unknown>>, params: Readonly<Record<string, string>>): string | null {
  let complete = true;
  const filled = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = typeof fields[name] === 'string' ? (fields[name] as string) : params[name];
    if (typeof value !== 'string' || value === '') complete = false;
    return encodeURIComponent(value ?? '');
  });
  return complete ? filled : null;
}
