import { describeEventStoreContract } from './event-store.contract';
import { createPostgresStore } from './support/postgres-store';

describeEventStoreContract('PostgreSQL', () => createPostgresStore());
