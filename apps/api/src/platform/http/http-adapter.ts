import { FastifyAdapter } from '@nestjs/platform-fastify';
import { frameworkErrorsHandler } from '../errors/framework-errors.handler';
import { requestIdFor } from '../request-context/request-id';

/** 1 MiB: far above any command of the api; larger bodies get 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    // nestjs-pino logs requests; Fastify's own logger would log each one twice.
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
