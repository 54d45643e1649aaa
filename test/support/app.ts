import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { runMigrations } from '@shiji/postgres';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { TokenService, type TokenRequest } from '../../apps/api/src/platform/auth/token.service';
import { createApp } from '../../apps/api/src/platform/bootstrap/create-app';
import type { AppConfig } from '../../apps/api/src/platform/config/app-config';
import { loadConfig } from '../../apps/api/src/platform/config/load-config';
import { migrations } from '../../apps/api/src/migrations';
import { createRootLogger } from '../../apps/api/src/platform/logging/root-logger';
import { createTestDatabase, type TestDatabase } from './database';
import { recordViolations, ResponseContract, watchAnswers } from './response-contract';

export interface TestApp {
  app: NestFastifyApplication;
  /** For supertest: request(testApp.server). */
  server: Server;
  config: AppConfig;
  database: TestDatabase;
  tokens: TokenService;
  /** A valid token; role admin and subject "test-admin" unless given. */
  token(request?: Partial<TokenRequest>): string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra modules, e.g. probe routes of a test. */
  imports?: ModuleMetadata['imports'];
  /** Extra environment, as the api reads it (e.g. TOKEN_TTL). */
  env?: Record<string, string>;
  /**
   * Where the api's JSON log lines go; LOG_LEVEL (default silent) still
   * applies.
   */
  logDestination?: DestinationStream;
  /** The built web app to serve at `/` (dist/web unless given). */
  webAppDirectory?: string;
  /** A second api instance on another app's database (and JWT secret), as two processes of one deployment; closing it leaves the database. */
  sameDatabaseAs?: TestApp;
}

/** The real api on a fresh, migrated test database, initialised but not listening. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.sameDatabaseAs;
  const database = shared?.database ?? (await createTestDatabase({ migrated: true }));
  // A copy of the run's migrated template: this finds every migration applied already.
  if (!shared) await runMigrations(database.url, migrations);
  const config = await loadConfig({
    // A given secret keeps DATA_DIR untouched: nothing is written there.
    DATA_DIR: join(tmpdir(), 'shiji-test-app'),
    JWT_SECRET: shared?.config.jwtSecret ?? randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Suites send thousands of requests a minute from one address with one token.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...options.env,
  });
  const logger = createRootLogger(config.logLevel, { destination: options.logDestination });
  const app = await createApp({ config, databaseUrl: database.url, logger, imports: options.imports, webAppDirectory: options.webAppDirectory });
  const tokens = app.get(TokenService);
  const document = (await request(app.getHttpServer()).get('/docs-json')).body;
  const contract = new ResponseContract(document);
  watchAnswers(app.getHttpServer(), (answer) => recordViolations(contract.check(answer)));
  return {
    app,
    server: app.getHttpServer(),
    config,
    database,
    tokens,
    token: (request = {}) => tokens.issue({ sub: 'test-admin', role: 'admin', ...request }).token,
    close: async () => {
      await app.close();
      if (!shared) await database.drop();
    },
  };
}
