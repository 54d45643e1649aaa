import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule, type AppModuleOptions } from '../../app.module';
import type { AppConfig } from '../config/app-config';
import { setupOpenApi } from '../docs/openapi';
import { configureHttp } from '../http/configure-http';
import { createHttpAdapter } from '../http/http-adapter';
import { serveWebApp } from '../http/web-app';
import { NestPinoLogger } from '../logging/nest-logger';
import { createRootLogger } from '../logging/root-logger';

export interface CreateAppOptions {
  config: AppConfig;
  /** A migrated database: the caller resolves it (embedded or not) and migrates it. */
  databaseUrl: string;
  logger?: Logger;
  imports?: AppModuleOptions['imports'];
  /** The built web app served at `/`; dist/web unless given. */
  webAppDirectory?: string;
}

/**
 * The configured, initialised api, not yet listening. main.ts listens on it;
 * tests hand it to supertest. It never starts a database itself.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createRootLogger(options.config.logLevel);
  const module = AppModule.forRoot({ config: options.config, databaseUrl: options.databaseUrl, logger, imports: options.imports });
  const app = await NestFactory.create<NestFastifyApplication>(module, createHttpAdapter(), {
    bufferLogs: true,
    // Fastify's own JSON parser stays; Nest would add urlencoded, which the api does not take.
    bodyParser: false,
  });
  app.useLogger(new NestPinoLogger(logger));
  app.flushLogs();
  await configureHttp(app, logger);
  setupOpenApi(app);
  await serveWebApp(app, logger, options.webAppDirectory);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
