import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a client may choose: short, and safe to echo in a header and a log line. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const assigned = new WeakMap<IncomingMessage, string>();

/**
 * The request's id: the client's X-Request-Id when it is well formed, else a
 * fresh UUID. Fastify (genReqId) and the error filter each ask for it from the
 * same raw request; remembering it here gives both the same answer.
 */
export function requestIdFor(raw: IncomingMessage): string {
  const known = assigned.get(raw);
  if (known !== undefined) return known;
  const header = raw.headers[REQUEST_ID_HEADER];
  const id = typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
  assigned.set(raw, id);
  return id;
}
