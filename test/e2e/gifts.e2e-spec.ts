import { startTestApi } from '../support/api';
import { describeGifts } from './scenarios/gifts.scenario';

/** On the default event store (PostgreSQL); test/esdb/service-on-eventstoredb.int-spec.ts runs the same scenario on EventStoreDB. */
describeGifts(() => startTestApi());
