import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from './root-logger.token';

/**
 * The root logger for injection (ROOT_LOGGER). Request lines come from
 * Fastify hooks (logRequests, installed by configureHttp) and Nest's own
 * logs through NestPinoLogger (createApp), both on this same logger.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      providers: [{ provide: ROOT_LOGGER, useValue: logger }],
      exports: [ROOT_LOGGER],
    };
  }
}
