import { type EventStore, PostgresEventStore } from '@shiji/event-store';

export interface EventStoreOptions {
  databaseUrl: string;
  /** EVENTSTORE_CONNECTION_STRING: selects EventStoreDB instead of PostgreSQL. */
  eventStoreConnectionString?: string;
}

/** The one place that picks the event store adapter from the configuration. */
export function createEventStore(options: EventStoreOptions): EventStore {
  if (options.eventStoreConnectionString !== undefined) {
    // Refuse rather than silently write the log to PostgreSQL when EventStoreDB was asked for.
    throw new Error('EVENTSTORE_CONNECTION_STRING is set, but this build has no EventStoreDB adapter; unset it to use PostgreSQL');
  }
  // Given a connection string the store owns its pool and ends it on close().
  return new PostgresEventStore(options.databaseUrl);
}
