import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { actorOf } from './actor-request';

/** The verified caller. Using it on a @Public() route is a programming error, hence the throw. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actor) throw new Error('@CurrentActor() used on a route without authentication');
  return actor;
});
