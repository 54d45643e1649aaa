import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PROJECTION_STATUS } from '../platform/health/projection-status.port';
import { InProcessProjections } from './in-process-projections';
import { PROJECTION_PROGRESS, projectionProgressProvider } from './projection-progress.provider';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';
import { StreamRevisions } from './stream-revisions';
import { ViewsCatchUp } from './views-catch-up';

/** Projection runners (in-process by default), their progress for /health, read-your-writes waits, look-ups that let the views catch up, and reads' ETags. */
@Global()
@Module({
  providers: [
    projectionProgressProvider,
    { provide: PROJECTION_STATUS, useExisting: PROJECTION_PROGRESS },
    InProcessProjections,
    ViewsCatchUp,
    StreamRevisions,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
  exports: [PROJECTION_PROGRESS, PROJECTION_STATUS, ViewsCatchUp, StreamRevisions],
})
export class ProjectionsModule {}
