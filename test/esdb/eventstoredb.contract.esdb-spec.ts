import { EventStoreDbEventStore } from '@shiji/event-store';
import { describeEventStoreContract } from '../contract/event-store.contract';

/**
 * The EventStoreDB adapter against a real server (`npm run test:esdb`, see
 * docker/README.md). Without EVENTSTORE_CONNECTION_STRING the suite is
 * reported as skipped; the run against the double is
 * eventstoredb.contract.int-spec.ts.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract(`EventStoreDB adapter on the server at ${connectionString}`, async () => {
    const store = new EventStoreDbEventStore(connectionString);
    return { store, cleanup: () => store.close() };
  });
} else {
  describe.skip('EventStore contract: EventStoreDB adapter on a real server (set EVENTSTORE_CONNECTION_STRING to run)', () => {
    it('runs the contract suite against the server', () => undefined);
  });
}
