import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LogWatch } from '../read-side/log-watch';
import { ACTOR_STANDING } from '../platform/auth/actor-standing.port';
import { StreamActorStanding } from './actor-standing';
import { CreatedLocationInterceptor } from './created-location';
import { EventSourcedRepository } from './event-sourced-repository';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { InstancePresence } from './idempotency/instance-presence';
import { MoveLocks } from './move-locks';
import { StreamHeads } from './stream-heads';
import { VolunteerAccounts } from './volunteer-accounts';

/** Loading, deciding and appending, Idempotency-Key handling and the Location of every 201. */
@Global()
@Module({
  providers: [
    EventSourcedRepository,
    StreamHeads,
    // The read side's window on the same watch.
    { provide: LogWatch, useFactory: (heads: StreamHeads): LogWatch => heads, inject: [StreamHeads] },
    MoveLocks,
    VolunteerAccounts,
    { provide: ACTOR_STANDING, useClass: StreamActorStanding },
    InstancePresence,
    IdempotencyStore,
    // Before (outside) the idempotency interceptor: a replayed answer gets its Location too.
    { provide: APP_INTERCEPTOR, useClass: CreatedLocationInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [EventSourcedRepository, StreamHeads, LogWatch, MoveLocks, VolunteerAccounts, ACTOR_STANDING],
})
export class WriteSideModule {}
