export * from './event-store.port';
export * from './event-store.errors';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { eventStoreMigrations } from './postgres/event-store-migrations';
export { canonicalJson } from './postgres/canonical-json';
export { canonicalEventBody, chainHashes, eventHash, eventHashInput, type HashedEvent } from './postgres/event-hash';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb';
export { isStoreUnavailable } from './store-unavailable';
