import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, ExpectedRevision } from '@shiji/event-store';
import { expectStrictlyIncreasing } from '../support/assertions';
import { anEvent, someEvents, uniqueStreamId } from '../support/events';
import { RecordingSubscriber } from '../support/recording-subscriber';
import { delay, waitUntil } from '../support/wait-until';

/** Subscriptions to the global log: catch-up, live, stop, failure, resumption, order under concurrent appends. */
export function describeSubscribing(subject: () => EventStore): void {
  let store: EventStore;
  beforeAll(() => {
    store = subject();
  });

  const append = (streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision = 'any') =>
    store.appendToStream(streamId, events, { expectedRevision });

  describe('subscriptions', () => {
    it('catches up, then delivers live appends, in order, one batch at a time, no batch above batchSize', async () => {
      const prefix = uniqueStreamId('subscribe');
      const before = await store.headPosition();
      await append(`${prefix}/a`, someEvents(3));
      await append(`${prefix}/b`, someEvents(2));
      const subscriber = new RecordingSubscriber(store, { after: before, filter: { streamPrefixes: [prefix] }, batchSize: 2 });

      await subscriber.waitForCount(5);
      await append(`${prefix}/a`, someEvents(3));
      await append(`${prefix}/c`, [anEvent()]);
      await subscriber.waitForCount(9);
      await subscriber.subscription.stop();

      const logged = await store.readAll({ after: before, filter: { streamPrefixes: [prefix] } });
      expect(subscriber.events).toEqual(logged);
      expect(logged).toHaveLength(9);
      expect(subscriber.batches.every((batch) => batch.length >= 1 && batch.length <= 2)).toBe(true);
      expect(subscriber.maxConcurrentHandlers).toBe(1);
      await expect(subscriber.subscription.done).resolves.toBeUndefined();
    });

    it('delivers only the events its filter selects', async () => {
      const prefix = uniqueStreamId('subscribe-filter');
      const wanted = `Wanted${randomUUID().slice(0, 8)}`;
      const before = await store.headPosition();
      const subscriber = new RecordingSubscriber(store, { after: before, filter: { eventTypes: [wanted], streamPrefixes: [prefix] } });

      await append(`${prefix}/a`, [anEvent(wanted), anEvent('Unwanted')]);
      await append(uniqueStreamId('elsewhere'), [anEvent(wanted)]);
      await append(`${prefix}/b`, [anEvent('Unwanted'), anEvent(wanted)]);
      await subscriber.waitForCount(2);
      const marker = anEvent(wanted);
      await append(`${prefix}/c`, [marker]);
      await waitUntil(() => subscriber.events.some((event) => event.eventId === marker.eventId), 'the marker arrives');
      await subscriber.subscription.stop();

      expect(subscriber.events.map((event) => event.type)).toEqual([wanted, wanted, wanted]);
      expect(subscriber.events.every((event) => event.streamId.startsWith(prefix))).toBe(true);
    });

    it('stop() resolves only once the running handler has finished, and nothing is delivered after it', async () => {
      const prefix = uniqueStreamId('subscribe-stop');
      const before = await store.headPosition();
      await append(`${prefix}/a`, [anEvent()]);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let calls = 0;
      let handlerFinished = false;
      const subscription = store.subscribeToAll({ after: before, filter: { streamPrefixes: [prefix] } }, async () => {
        calls += 1;
        await gate;
        handlerFinished = true;
      });
      await waitUntil(() => calls === 1, 'the handler runs');

      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await delay(100);
      expect(stopped).toBe(false);
      release();
      await stopping;

      expect(handlerFinished).toBe(true);
      await expect(subscription.done).resolves.toBeUndefined();
      await append(`${prefix}/a`, [anEvent()]);
      await delay(500);
      expect(calls).toBe(1);
    });

    it('rejects done with the handler error and delivers nothing more', async () => {
      const prefix = uniqueStreamId('subscribe-error');
      const before = await store.headPosition();
      await append(`${prefix}/a`, [anEvent()]);
      let calls = 0;
      const subscription = store.subscribeToAll({ after: before, filter: { streamPrefixes: [prefix] } }, async () => {
        calls += 1;
        throw new Error('projection failed');
      });

      await expect(subscription.done).rejects.toThrow('projection failed');
      await append(`${prefix}/a`, [anEvent()]);
      await delay(300);
      expect(calls).toBe(1);
      await expect(subscription.stop()).resolves.toBeUndefined();
    });

    it('resumes from a checkpoint with neither duplicates nor gaps', async () => {
      const prefix = uniqueStreamId('subscribe-resume');
      const before = await store.headPosition();
      const filter = { streamPrefixes: [prefix] };
      await append(`${prefix}/a`, someEvents(4));
      const first = new RecordingSubscriber(store, { after: before, filter });
      await first.waitForCount(4);
      await first.subscription.stop();
      const checkpoint = first.positions[first.positions.length - 1];

      const later = someEvents(3);
      await append(`${prefix}/a`, later.slice(0, 2));
      await append(`${prefix}/b`, later.slice(2));
      const second = new RecordingSubscriber(store, { after: checkpoint, filter });
      await second.waitForCount(3);
      await delay(300);
      await second.subscription.stop();

      expect(second.events.map((event) => event.eventId)).toEqual(later.map((event) => event.eventId));
      expect([...first.events, ...second.events]).toEqual(await store.readAll({ after: before, filter }));
    });
  });

  describe('ordering under concurrency', () => {
    it('concurrent appenders and a live subscriber: every event exactly once, in strictly increasing position order, as readAll orders it', async () => {
      const prefix = uniqueStreamId('ordering');
      const filter = { streamPrefixes: [prefix] };
      const before = await store.headPosition();
      const subscriber = new RecordingSubscriber(store, { after: before, filter, batchSize: 25 });

      const appenders = Array.from({ length: 6 }, async (_, appender) => {
        const ids: string[] = [];
        for (let round = 0; round < 20; round += 1) {
          const events = someEvents(1 + ((appender + round) % 3));
          const streamId = round % 4 === 0 ? `${prefix}/shared` : `${prefix}/appender-${appender}-${round % 3}`;
          await append(streamId, events, 'any');
          ids.push(...events.map((event) => event.eventId));
        }
        return ids;
      });
      const appended = (await Promise.all(appenders)).flat();
      await subscriber.waitForCount(appended.length);
      await delay(300);
      await subscriber.subscription.stop();

      const received = subscriber.events;
      expect(received).toHaveLength(appended.length);
      expect(new Set(received.map((event) => event.eventId))).toEqual(new Set(appended));
      expectStrictlyIncreasing(received.map((event) => event.position));
      expect(received).toEqual(await store.readAll({ after: before, filter }));
    });
  });
}
