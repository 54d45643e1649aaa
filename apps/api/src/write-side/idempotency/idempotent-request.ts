import type { FastifyRequest } from 'fastify';

/**
 * What the idempotency interceptor knows of a keyed write, for the command
 * context the route builds: whether the request took over the claim of an
 * earlier one that never answered (so its effects may be stored already),
 * and whether it has appended anything yet.
 */
export interface IdempotentRequest {
  takenOver: boolean;
  appended: boolean;
}

const IDEMPOTENT_REQUEST = Symbol('idempotentRequest');

type WithIdempotency = FastifyRequest & { [IDEMPOTENT_REQUEST]?: IdempotentRequest };

export function markIdempotent(request: FastifyRequest, state: IdempotentRequest): void {
  (request as WithIdempotency)[IDEMPOTENT_REQUEST] = state;
}

export function idempotentRequestOf(request: FastifyRequest): IdempotentRequest | undefined {
  return (request as WithIdempotency)[IDEMPOTENT_REQUEST];
}
