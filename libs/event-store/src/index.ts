export * from './event-store.port';
export * from './event-store.errors';
export * from './audit-log.port';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { PostgresAuditLog } from './postgres/postgres-audit-log';
export { eventStoreMigrations } from './postgres/event-store-migrations';
export { canonicalJson } from './postgres/canonical-json';
export { canonicalEventBody, chainHashes, eventHash, eventHashInput, type HashedEvent } from './postgres/event-hash';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb';
