import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER, requestIdFor } from '../request-context/request-id';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblemError } from './to-problem-error';

/**
 * Fastify's router rejects some requests (a malformed URL, an over-long
 * parameter) before any route, hook or Nest filter runs; this answers them
 * with the same problem details as everything else.
 */
export function frameworkErrorsHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { problem } = toProblemError(error);
  const requestId = requestIdFor(request.raw);
  void reply
    .code(problem.status)
    .headers({ ...problem.headers, [REQUEST_ID_HEADER]: requestId, 'content-type': PROBLEM_CONTENT_TYPE })
    .send(problem.toProblem({ instance: (request.raw.url ?? '/').split('?')[0], requestId }));
}
