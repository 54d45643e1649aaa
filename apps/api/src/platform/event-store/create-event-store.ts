import { type EventStore, EventStoreDbEventStore, PostgresEventStore } from '@shiji/event-store';

export interface EventStoreOptions {
  databaseUrl: string;
  /** EVENTSTORE_CONNECTION_STRING: selects EventStoreDB / KurrentDB instead of PostgreSQL for the log. */
  eventStoreConnectionString?: string;
}

/** The one place that picks the event store adapter from the configuration. Read models stay in PostgreSQL either way. */
export function createEventStore(options: EventStoreOptions): EventStore {
  if (options.eventStoreConnectionString !== undefined) return new EventStoreDbEventStore(options.eventStoreConnectionString);
  // Given a connection string the store owns its pool and ends it on close().
  return new PostgresEventStore(options.databaseUrl);
}
