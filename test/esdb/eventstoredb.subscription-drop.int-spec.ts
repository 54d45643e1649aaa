import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { EventStoreDbEventStore, type EventToAppend, type StoredEvent, type Subscription } from '@shiji/event-store';
import { someEvents } from '../contract/support/events';
import { waitUntil } from '../contract/support/wait-until';
import { EventStoreDbDouble } from './double';

/**
 * The server ends a subscription (restart, leader change, a slow client cut
 * off): the adapter must resubscribe from the last position it delivered, so
 * the projection behind it sees every event exactly once, in order.
 */
/** Generous: CI machines are slow and a failure here should mean a lost event, not a busy runner. */
const PATIENCE_MS = 30_000;

describe('EventStoreDB adapter: dropped subscriptions', () => {
  let double: EventStoreDbDouble;
  let store: EventStoreDbEventStore;

  beforeEach(async () => {
    double = await EventStoreDbDouble.start();
    store = new EventStoreDbEventStore(double.connectionString, { resubscribeBackoff: { initialMs: 20, maxMs: 200 } });
  });

  afterEach(async () => {
    await store.close();
    await double.stop();
  });

  async function appendInStreams(prefix: string, count: number): Promise<EventToAppend[]> {
    const appended: EventToAppend[] = [];
    for (let stream = 0; appended.length < count; stream += 1) {
      const events = someEvents(Math.min(7, count - appended.length));
      await store.appendToStream(`${prefix}/${stream % 5}`, events, { expectedRevision: 'any' });
      appended.push(...events);
    }
    return appended;
  }

  for (const [reason, code] of [
    ['aborted by the server', status.ABORTED],
    ['unavailable (the connection is re-established)', status.UNAVAILABLE],
  ] as const) {
    it(`dropping the subscription mid-stream (${reason}): the projection resumes from its checkpoint`, async () => {
      const prefix = `drop-${randomUUID()}`;
      const history = await appendInStreams(prefix, 300);
      const received: StoredEvent[] = [];
      const deliveredAtDrop: number[] = [];
      const drop = (): void => {
        deliveredAtDrop.push(received.length);
        expect(double.dropSubscriptions(code)).toBe(1);
      };
      let batches = 0;
      const subscription: Subscription = store.subscribeToAll({ after: 0, filter: { streamPrefixes: [prefix] }, batchSize: 10 }, async (events) => {
        received.push(...events);
        batches += 1;
        if (batches === 3) drop();
      });

      await waitUntil(() => received.length >= history.length, 'the history is delivered', PATIENCE_MS);
      const live = await appendInStreams(prefix, 20);
      await waitUntil(() => received.length >= history.length + 20, 'the first live events are delivered', PATIENCE_MS);
      drop();
      const moreLive = await appendInStreams(prefix, 30);
      await waitUntil(() => received.length >= history.length + 50, 'the live events after the second drop are delivered', PATIENCE_MS);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await subscription.stop();

      expect(received.map((event) => event.eventId)).toEqual([...history, ...live, ...moreLive].map((event) => event.eventId));
      const positions = received.map((event) => event.position);
      const starts = double.subscriptionStarts;
      expect(starts).toHaveLength(3);
      expect(starts[0]).toBe('start');
      // Each resubscription begins exactly at an event the handler had already been given: its checkpoint.
      expect(positions).toContain(starts[1]);
      expect(positions).toContain(starts[2]);
      expect(starts[1] as number).toBeGreaterThanOrEqual(positions[deliveredAtDrop[0] - 1]);
      expect(starts[2] as number).toBeGreaterThanOrEqual(positions[deliveredAtDrop[1] - 1]);
      expect(deliveredAtDrop[0]).toBeLessThan(history.length);
      await expect(subscription.done).resolves.toBeUndefined();
    });
  }

  it('stop() ends a subscription that is waiting to resubscribe, without waiting out the delay', async () => {
    const slowStore = new EventStoreDbEventStore(double.connectionString, { resubscribeBackoff: { initialMs: 60_000, maxMs: 60_000 } });
    const subscription = slowStore.subscribeToAll({ after: 0 }, async () => undefined);
    await waitUntil(() => double.activeSubscriptions === 1, 'the subscription is open');
    double.dropSubscriptions();
    await waitUntil(() => double.activeSubscriptions === 0, 'the subscription is dropped');

    const started = Date.now();
    await subscription.stop();
    await slowStore.close();

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(double.subscriptionStarts).toHaveLength(1);
  });
});
