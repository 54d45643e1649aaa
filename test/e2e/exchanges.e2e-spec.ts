import { startTestApi } from '../support/api';
import { describeExchanges } from './scenarios/exchanges.scenario';

/** On the default event store (PostgreSQL); test/esdb/service-on-eventstoredb.int-spec.ts runs the same scenarios on EventStoreDB. */
describeExchanges(() => startTestApi());
