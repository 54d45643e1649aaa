import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { REQUEST_ID_HEADER } from '../request-context/request-id';

/** Plugins and hooks the Fastify instance needs before any route is added. */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // JSON is the only body the api accepts: anything else is a 415, never a
  // string handed to a DTO (Fastify parses text/plain by default).
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  await app.register(helmet);
  // Only listed origins get CORS headers; with none listed, browsers on other origins are refused.
  const { corsOrigins } = app.get<AppConfig>(APP_CONFIG);
  await app.register(cors, {
    origin: corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Min-Position', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'X-Certificate-Code'],
    maxAge: 600,
  });
}
