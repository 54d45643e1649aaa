import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { meterAppends } from '../metrics/metered-appends';
import { Metrics } from '../metrics/metrics';
import { createEventStore, type EventStoreOptions } from './create-event-store';

/**
 * Provides the EVENT_STORE port to every module. Closed in
 * onApplicationShutdown, after every module's onModuleDestroy: features stop
 * their subscriptions there, before the store under them goes away.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: EventStoreOptions): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, inject: [Metrics], useFactory: (metrics: Metrics) => meterAppends(createEventStore(options), metrics) }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
