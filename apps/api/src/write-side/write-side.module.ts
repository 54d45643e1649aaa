import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EventSourcedRepository } from './event-sourced-repository';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { InstancePresence } from './idempotency/instance-presence';
import { StreamHeads } from './stream-heads';

/** Loading, deciding and appending, and Idempotency-Key handling for every write. */
@Global()
@Module({
  providers: [EventSourcedRepository, StreamHeads, InstancePresence, IdempotencyStore, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [EventSourcedRepository, StreamHeads],
})
export class WriteSideModule {}
