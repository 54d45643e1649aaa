import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InProcessProjections } from './in-process-projections';
import { PROJECTION_PROGRESS, projectionProgressProvider } from './projection-progress.provider';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/** Projection runners (in-process by default), their progress, and read-your-writes waits. */
@Module({
  providers: [projectionProgressProvider, InProcessProjections, { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
  exports: [PROJECTION_PROGRESS],
})
export class ProjectionsModule {}
