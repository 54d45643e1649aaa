import type { FastifyRequest } from 'fastify';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Printable ASCII, at most 255 characters (the draft IETF header allows any string; we keep it loggable). */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers[IDEMPOTENCY_KEY_HEADER];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}

export function isValidIdempotencyKey(key: string): boolean {
  return VALID_KEY.test(key);
}
