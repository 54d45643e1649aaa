import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { TracingModule } from './tracing/tracing.module';
import { createValidationPipe } from './validation/validation.pipe';

export interface PlatformOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

/** Everything a feature relies on without asking: config, database, event store, auth, errors, logs, metrics, health. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(options.logger),
        MetricsModule.forRoot(),
        TracingModule,
        DatabaseModule.forRoot(options.databaseUrl),
        EventStoreModule.forRoot({ databaseUrl: options.databaseUrl, eventStoreConnectionString: options.config.eventStoreConnectionString }),
        // Before AuthModule: its guard runs first, so floods of bad tokens are limited too.
        RateLimitModule,
        AuthModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [AuthModule],
    };
  }
}
