import cors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { logRequests } from '../logging/request-logging';
import { REQUEST_ID_HEADER } from '../request-context/request-id';
import { trackRoutes } from './allowed-methods';
import { useStrictJsonBodies } from './json-body-parser';

/** Plugins and hooks the Fastify instance needs before any route is added. */
export async function configureHttp(app: NestFastifyApplication, logger: Logger): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // First: every route registered after this is known to the 405 answer (allowedMethods).
  trackRoutes(fastify);
  logRequests(fastify, logger);
  // JSON is the only body the api accepts: anything else is a 415, never a
  // string handed to a DTO (Fastify parses text/plain by default).
  fastify.removeContentTypeParser('text/plain');
  useStrictJsonBodies(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  // Helmet's default security headers. The middleware is built once: the Fastify plugin builds it again for every
  // request (parsing the CSP directives each time), which was about 3 % of the api's CPU on the read path.
  const securityHeaders = helmet();
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  // Only listed origins get CORS headers; with none listed, browsers on other origins are refused.
  const { corsOrigins } = app.get<AppConfig>(APP_CONFIG);
  await app.register(cors, {
    origin: corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Min-Position', 'X-Request-Id', 'X-CSRF-Token'],
    // A console on a listed origin refreshes with its cookie; SameSite=Strict still keeps it from other sites.
    credentials: true,
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'X-Certificate-Code'],
    maxAge: 600,
  });
}
