import { FastifyAdapter } from '@nestjs/platform-fastify';
import { frameworkErrorsHandler } from '../errors/framework-errors.handler';
import { requestIdFor } from '../request-context/request-id';

/** 1 MiB: far above any command of the api; larger bodies get 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    // Requests are logged by our own hooks (logRequests), one line each; Fastify's logger would add two more.
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    // requestIdFor reads X-Request-Id itself, validating it before trusting it.
    requestIdHeader: false,
    genReqId: requestIdFor,
    frameworkErrors: frameworkErrorsHandler,
    // Keep-alive connections must not hold a shutdown open.
    forceCloseConnections: 'idle',
  });
}
