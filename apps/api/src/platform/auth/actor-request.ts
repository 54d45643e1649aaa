import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/** Where the auth guard leaves the verified actor for decorators and guards after it. */
const actors = new WeakMap<FastifyRequest, Actor>();

export function setActor(request: FastifyRequest, actor: Actor): void {
  actors.set(request, actor);
}

export function actorOf(request: FastifyRequest): Actor | undefined {
  return actors.get(request);
}
