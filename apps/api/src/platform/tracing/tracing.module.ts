import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { traceRequests } from './request-tracing';

/** Request spans, when OTEL_EXPORTER_OTLP_ENDPOINT is set (main.ts starts the SDK before the app); nothing otherwise. */
@Module({})
export class TracingModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.tracing.otlpEndpoint === undefined) return;
    traceRequests(this.adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }
}
