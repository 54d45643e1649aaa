import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FixedWindowThrottlerStorage } from './fixed-window-storage';
import { RateLimitGuard } from './rate-limit.guard';
import { tokenTracker } from './token-tracker';

const MINUTE_MS = 60_000;

/**
 * Two budgets of RATE_LIMIT_PER_MINUTE requests a minute: one per client
 * address, one per token (so a token shared by many addresses is still
 * bounded). Over either, 429 with Retry-After. Counters are fixed one-minute
 * windows in process memory: each api instance counts on its own.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: new FixedWindowThrottlerStorage(),
        // One budget per address (or token) across every route: the library's default key adds the route, which
        // would give a client the limit once per endpoint.
        generateKey: (_context: unknown, tracker: string, throttlerName: string) => `${throttlerName}:${tracker}`,
        throttlers: [
          { name: 'ip', ttl: MINUTE_MS, limit: config.rateLimitPerMinute, getTracker: (request: Record<string, unknown>) => String(request.ip) },
          {
            name: 'token',
            ttl: MINUTE_MS,
            limit: config.rateLimitPerMinute,
            getTracker: tokenTracker,
            skipIf: (context) => context.switchToHttp().getRequest<FastifyRequest>().headers.authorization === undefined,
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
