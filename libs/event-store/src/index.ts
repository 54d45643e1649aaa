export * from './event-store.port';
export * from './event-store.errors';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb';
