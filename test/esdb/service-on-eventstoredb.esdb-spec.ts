import { EventStoreDbEventStore } from '@shiji/event-store';
import { describeExchanges } from '../e2e/scenarios/exchanges.scenario';
import { describeServiceHours } from '../e2e/scenarios/service-hours.scenario';
import { startTestApiOnEventStoreDb } from '../support/esdb';

/**
 * The service's e2e scenarios with the log on a real EventStoreDB / KurrentDB
 * server (`npm run test:esdb`, see docker/README.md); reported as skipped
 * without EVENTSTORE_CONNECTION_STRING. The run on the double is
 * service-on-eventstoredb.int-spec.ts.
 *
 * Unlike the contract, these scenarios need an empty node: each api builds
 * its read models by replaying the whole log, and the scenarios use fixed
 * community ids and the one policy stream. test/esdb/esdb-sequencer.js runs
 * this file before anything else writes to the server.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describe(`the service on the EventStoreDB server at ${connectionString}`, () => {
    beforeAll(async () => {
      const store = new EventStoreDbEventStore(connectionString);
      try {
        const head = await store.headPosition();
        if (head !== 0) {
          throw new Error(
            `The EventStoreDB node at ${connectionString} already holds events (head position ${head}). ` +
              'The service scenarios replay the whole log into fresh read models and need an empty node: start a fresh one (see docker/README.md).',
          );
        }
      } finally {
        await store.close();
      }
    });

    describeServiceHours(() => startTestApiOnEventStoreDb(connectionString));
    describeExchanges(() => startTestApiOnEventStoreDb(connectionString));
  });
} else {
  describe.skip('the service on a real EventStoreDB server (set EVENTSTORE_CONNECTION_STRING to run)', () => {
    it('runs the service scenarios against the server', () => undefined);
  });
}
