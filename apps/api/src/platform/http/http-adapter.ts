import { FastifyAdapter } from '@nestjs/platform-fastify';
import { clientErrorHandler } from '../errors/client-error.handler';
import { frameworkErrorsHandler } from '../errors/framework-errors.handler';
import { requestIdFor } from '../request-context/request-id';

/** 1 MiB: far above any command of the api; larger bodies get 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A client still sending its headers after this is slow or hostile: answered 408 and disconnected. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request, body included. */
export const REQUEST_TIMEOUT_MS = 30_000;

export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    // Requests are logged by our own hooks (logRequests), one line each; Fastify's logger would add two more.
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    // requestIdFor reads X-Request-Id itself, validating it before trusting it.
    requestIdHeader: false,
    genReqId: requestIdFor,
    frameworkErrors: frameworkErrorsHandler,
    clientErrorHandler,
    // Keep-alive connections must not hold a shutdown open.
    forceCloseConnections: 'idle',
    // Node checks these every connectionsCheckingInterval (30 s by default): a second keeps the bounds near what they say.
    http: { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
}
