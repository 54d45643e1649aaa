import { EventStoreDbEventStore, type EventStore, PostgresEventStore } from '@shiji/event-store';

export interface EventStoreOptions {
  databaseUrl: string;
  /** EVENTSTORE_CONNECTION_STRING: the log lives in EventStoreDB; read models stay in PostgreSQL. */
  eventStoreConnectionString?: string;
}

/** The one place that picks the event store adapter from the configuration. */
export function createEventStore(options: EventStoreOptions): EventStore {
  if (options.eventStoreConnectionString !== undefined) return new EventStoreDbEventStore(options.eventStoreConnectionString);
  // Given a connection string the store owns its pool and ends it on close().
  return new PostgresEventStore(options.databaseUrl, { pool: { application_name: 'shiji-event-store' } });
}
