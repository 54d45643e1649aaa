import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LogWatch } from '../read-side/log-watch';
import { EventSourcedRepository } from './event-sourced-repository';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { StreamHeads } from './stream-heads';

/** Loading, deciding and appending, and Idempotency-Key handling for every write. */
@Global()
@Module({
  providers: [
    EventSourcedRepository,
    StreamHeads,
    // The read side's window on the same watch.
    { provide: LogWatch, useFactory: (heads: StreamHeads): LogWatch => heads, inject: [StreamHeads] },
    IdempotencyStore,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [EventSourcedRepository, StreamHeads, LogWatch],
})
export class WriteSideModule {}
