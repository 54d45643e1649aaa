export { EventStoreDbDouble } from './event-store-db-double';
