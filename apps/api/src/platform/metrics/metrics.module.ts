import { type DynamicModule, Global, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { PENDING_TRANSFERS, type PendingTransfers } from '../health/pending-transfers.port';
import { PROJECTION_STATUS, type ProjectionStatus } from '../health/projection-status.port';
import { VERIFICATION_STATUS, type VerificationStatus } from '../health/verification-status.port';
import { observeRequests } from './http-metrics';
import { Metrics } from './metrics';

/**
 * The instance's Metrics, for every module to record into (injected by
 * class). The registry is served by the metrics listener (metrics-server.ts),
 * never on the api's own port. Its scrape-time sources (projection progress,
 * the last verification, the moves left half-done) are looked up once every module exists: they
 * depend on the event store, which depends on Metrics.
 */
@Global()
@Module({})
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly metrics: Metrics,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: MetricsModule,
      providers: [{ provide: Metrics, useFactory: () => new Metrics() }],
      exports: [Metrics],
    };
  }

  onModuleInit(): void {
    observeRequests(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), this.metrics);
    const projections = this.optional<ProjectionStatus>(PROJECTION_STATUS);
    if (projections) this.metrics.reportProjections(projections);
    const verification = this.optional<VerificationStatus>(VERIFICATION_STATUS);
    if (verification) this.metrics.reportVerification(verification);
    const transfers = this.optional<PendingTransfers>(PENDING_TRANSFERS);
    if (transfers) this.metrics.reportPendingMoves(transfers);
  }

  private optional<T>(token: symbol): T | undefined {
    try {
      return this.moduleRef.get<T>(token, { strict: false });
    } catch {
      return undefined;
    }
  }
}
