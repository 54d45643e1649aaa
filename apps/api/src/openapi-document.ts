import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { loadConfig } from './platform/config/load-config';
import { buildOpenApiDocument } from './platform/docs/openapi';
import { createHttpAdapter } from './platform/http/http-adapter';
import { createRootLogger } from './platform/logging/root-logger';

/**
 * The document the api serves at /docs-json, without a database or a port:
 * the modules are created, never initialised, so no pool connects and no
 * subscription starts (pg pools connect on their first query).
 */
export async function openApiDocument(): Promise<OpenAPIObject> {
  const config = await loadConfig({ DATA_DIR: join(tmpdir(), 'shiji-openapi'), JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'silent' });
  const logger = createRootLogger('silent');
  const module = AppModule.forRoot({ config, databaseUrl: 'postgres://127.0.0.1:1/unused', logger });
  const app = await NestFactory.create<NestFastifyApplication>(module, createHttpAdapter(), { bodyParser: false, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
