import type { FastifyRequest } from 'fastify';

export const MIN_POSITION_HEADER = 'x-min-position';

/**
 * The log position a read asks to see (`X-Min-Position`, sent back from a
 * write): undefined when the request carries none or is not a read, null when
 * the header is not a non-negative integer (the read is refused with 400).
 */
export function minPositionOf(request: FastifyRequest): number | null | undefined {
  const header = request.headers[MIN_POSITION_HEADER];
  if (header === undefined || request.method !== 'GET') return undefined;
  const position = typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : NaN;
  return Number.isSafeInteger(position) ? position : null;
}
