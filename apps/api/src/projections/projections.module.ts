import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PROJECTION_STATUS } from '../platform/health/projection-status.port';
import { InProcessProjections } from './in-process-projections';
import { PROJECTION_PROGRESS, projectionProgressProvider } from './projection-progress.provider';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/** Projection runners (in-process by default), their progress for /health and read-your-writes waits. */
@Global()
@Module({
  providers: [
    projectionProgressProvider,
    { provide: PROJECTION_STATUS, useExisting: PROJECTION_PROGRESS },
    InProcessProjections,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
  exports: [PROJECTION_PROGRESS, PROJECTION_STATUS],
})
export class ProjectionsModule {}
