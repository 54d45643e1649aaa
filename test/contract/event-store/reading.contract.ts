import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, ExpectedRevision, StoredEvent } from '@shiji/event-store';
import { expectStrictlyIncreasing } from '../support/assertions';
import { anEvent, someEvents, uniqueStreamId } from '../support/events';
import { waitForHead } from '../support/wait-until';

/** Reads: one stream by revision, the global log by position and filter. */
export function describeReading(subject: () => EventStore): void {
  let store: EventStore;
  beforeAll(() => {
    store = subject();
  });

  const append = (streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision = 'any') =>
    store.appendToStream(streamId, events, { expectedRevision });

  describe('reading a stream', () => {
    let streamId: string;

    beforeAll(async () => {
      streamId = uniqueStreamId('read-stream');
      await append(streamId, someEvents(2), 'no_stream');
      await append(streamId, someEvents(3), 1);
    });

    const revisions = async (options?: Parameters<EventStore['readStream']>[1]) =>
      (await store.readStream(streamId, options)).map((event) => event.revision);

    it('reads forwards from an inclusive revision, up to maxCount', async () => {
      expect(await revisions()).toEqual([0, 1, 2, 3, 4]);
      expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4]);
      expect(await revisions({ maxCount: 2 })).toEqual([0, 1]);
      expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
      expect(await revisions({ fromRevision: 5 })).toEqual([]);
    });

    it('reads backwards from the end or from an inclusive revision, up to maxCount', async () => {
      expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3 })).toEqual([3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
      expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([4]);
    });

    it('reads a stream that does not exist as empty', async () => {
      const missing = uniqueStreamId('missing');
      expect(await store.readStream(missing)).toEqual([]);
      expect(await store.readStream(missing, { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('reading the global log', () => {
    const prefix = uniqueStreamId('log');
    const typeA = `Ordered${randomUUID().slice(0, 8)}`;
    const typeB = `Shipped${randomUUID().slice(0, 8)}`;
    let before: number;
    let ours: StoredEvent[];

    beforeAll(async () => {
      before = await store.headPosition();
      await append(`${prefix}/orders-1`, [anEvent(typeA), anEvent(typeB)]);
      await append(`${prefix}/members-1`, [anEvent(typeA)]);
      const last = await append(`${prefix}/orders-2`, [anEvent(typeB), anEvent(typeA)]);
      await waitForHead(store, last.position);
      ours = await store.readAll({ after: before, filter: { streamPrefixes: [prefix] } });
    });

    const streamsAndTypes = (events: StoredEvent[]) => events.map((event) => `${event.streamId.slice(prefix.length)} ${event.type}`);

    it('reads every event once in increasing position order, matching the streams', async () => {
      expect(streamsAndTypes(ours)).toEqual([
        `/orders-1 ${typeA}`,
        `/orders-1 ${typeB}`,
        `/members-1 ${typeA}`,
        `/orders-2 ${typeB}`,
        `/orders-2 ${typeA}`,
      ]);
      expectStrictlyIncreasing(ours.map((event) => event.position));
      expect(ours[0].position).toBeGreaterThan(before);
      const fromStream = await store.readStream(`${prefix}/orders-2`);
      expect(ours.slice(3)).toEqual(fromStream);
    });

    it('reads strictly after `after`, at most maxCount events', async () => {
      const afterSecond = await store.readAll({ after: ours[1].position, filter: { streamPrefixes: [prefix] } });
      expect(afterSecond).toEqual(ours.slice(2));
      const firstTwo = await store.readAll({ after: before, maxCount: 2, filter: { streamPrefixes: [prefix] } });
      expect(firstTwo).toEqual(ours.slice(0, 2));
      expect(await store.readAll({ after: ours[4].position, filter: { streamPrefixes: [prefix] } })).toEqual([]);
    });

    it('reads without a filter in the same order (other events may interleave)', async () => {
      const everything = await store.readAll({ after: before });
      expect(everything.filter((event) => event.streamId.startsWith(prefix))).toEqual(ours);
      expectStrictlyIncreasing(everything.map((event) => event.position));
      const limited = await store.readAll({ after: before, maxCount: 1 });
      expect(limited).toHaveLength(1);
      expect(limited[0].position).toBeGreaterThan(before);
    });

    it('filters by event type', async () => {
      const onlyA = await store.readAll({ after: before, filter: { eventTypes: [typeA] } });
      expect(onlyA).toEqual(ours.filter((event) => event.type === typeA));
      const both = await store.readAll({ after: before, filter: { eventTypes: [typeA, typeB] } });
      expect(both).toEqual(ours);
    });

    it('filters by stream prefix, several prefixes meaning any of them', async () => {
      const orders = await store.readAll({ after: before, filter: { streamPrefixes: [`${prefix}/orders-`] } });
      expect(streamsAndTypes(orders)).toEqual([`/orders-1 ${typeA}`, `/orders-1 ${typeB}`, `/orders-2 ${typeB}`, `/orders-2 ${typeA}`]);
      const some = await store.readAll({ after: before, filter: { streamPrefixes: [`${prefix}/orders-2`, `${prefix}/members-`] } });
      expect(some).toEqual([ours[2], ours[3], ours[4]]);
    });

    it('combines a type filter and a prefix filter', async () => {
      const ordersOfA = await store.readAll({ after: before, filter: { eventTypes: [typeA], streamPrefixes: [`${prefix}/orders-`] } });
      expect(streamsAndTypes(ordersOfA)).toEqual([`/orders-1 ${typeA}`, `/orders-2 ${typeA}`]);
    });

    it('reports a head position no lower than the last appended event', async () => {
      expect(await store.headPosition()).toBeGreaterThanOrEqual(ours[4].position);
    });

    it('reports a last committed position no lower than the last appended event, nor than the head', async () => {
      const [head, lastCommitted] = [await store.headPosition(), await store.lastCommittedPosition()];
      expect(lastCommitted).toBeGreaterThanOrEqual(ours[4].position);
      expect(lastCommitted).toBeGreaterThanOrEqual(head);
    });
  });

}
