import { startTestApi } from '../support/api';
import { describeServiceHours } from './scenarios/service-hours.scenario';

/** On the default event store (PostgreSQL); test/esdb/service-on-eventstoredb.int-spec.ts runs the same scenarios on EventStoreDB. */
describeServiceHours(() => startTestApi());
