import { describeExchanges } from '../e2e/scenarios/exchanges.scenario';
import { describeServiceHours } from '../e2e/scenarios/service-hours.scenario';
import { startTestApiOnDouble } from '../support/esdb';

/**
 * The service's e2e scenarios — volunteers, hours, stars, cards and
 * redemptions, and the rest of the exchanges — with the log in EventStoreDB
 * (the in-process double, one fresh node per suite), the very suites that
 * test/e2e runs on PostgreSQL. The run against a real server is
 * service-on-eventstoredb.esdb-spec.ts.
 */
describe('the service on EventStoreDB (in-process double)', () => {
  describeServiceHours(() => startTestApiOnDouble());
  describeExchanges(() => startTestApiOnDouble());
});
