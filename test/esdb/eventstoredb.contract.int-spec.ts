import { EventStoreDbEventStore } from '@shiji/event-store';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { EventStoreDbDouble } from './double';

/** The EventStoreDB adapter against the in-process double, on every `npm test`. */
describeEventStoreContract('EventStoreDB adapter on the in-process test double', async () => {
  const double = await EventStoreDbDouble.start();
  const store = new EventStoreDbEventStore(double.connectionString);
  return {
    store,
    async cleanup() {
      await store.close();
      await double.stop();
    },
  };
});
