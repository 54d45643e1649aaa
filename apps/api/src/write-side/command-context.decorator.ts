import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../platform/auth/actor-request';
import { requestIdFor } from '../platform/request-context/request-id';
import { traceparentOf } from '../platform/tracing/request-tracing';
import { CommandContext } from './command-context';
import { HOLDS_SECRETS } from './idempotency/holds-secrets.decorator';
import { idempotencyKeyOf } from './idempotency/idempotency-key';
import { idempotentRequestOf } from './idempotency/idempotent-request';
import { expectedRevisionOf, HONOURS_IF_MATCH } from './if-match';

/** The command's actor, ids and clock, built once per request at the edge. */
export const Command = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const actor = actorOf(request);
  if (!actor) throw new Error('@Command() used on a route without authentication');
  const idempotent = idempotentRequestOf(request);
  // Where the Idempotency-Key is ignored, ids must not come from it either: two changes sent with one key are two changes.
  const keyed = Reflect.getMetadata(HOLDS_SECRETS, context.getHandler()) !== true;
  return CommandContext.create({
    actor: { id: actor.id, role: actor.role },
    idempotencyKey: keyed ? idempotencyKeyOf(request) : undefined,
    correlationId: requestIdFor(request.raw),
    traceparent: traceparentOf(request),
    now: new Date(),
    possiblyApplied: idempotent?.takenOver,
    onAppended: idempotent ? () => (idempotent.appended = true) : undefined,
    expectedRevision: expectedRevisionOf(request, Reflect.getMetadata(HONOURS_IF_MATCH, context.getHandler()) === true),
  });
});
