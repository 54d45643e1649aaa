import {
  IdempotencyMismatchError,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
} from '@shiji/event-store';
import { expectStrictlyIncreasing } from '../support/assertions';
import { anEvent, someEvents, uniqueStreamId } from '../support/events';
import { waitForHead } from '../support/wait-until';

/** Appends: revisions, expected revisions and their conflicts, idempotent retries. */
export function describeAppending(subject: () => EventStore): void {
  let store: EventStore;
  beforeAll(() => {
    store = subject();
  });

  const append = (streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision = 'any') =>
    store.appendToStream(streamId, events, { expectedRevision });

  const conflictOf = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a WrongExpectedRevisionError, but the append succeeded');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        return error as WrongExpectedRevisionError;
      },
    );

  describe('appending', () => {
    it('stores events at consecutive revisions exactly as given, and reports the last revision and position', async () => {
      const streamId = uniqueStreamId('append');
      const events = [
        anEvent('MemberJoined', { name: '李雷', nested: { list: [1, 2.5, null, true, 'ü'], empty: {} }, big: 2 ** 53 - 1, small: 1e-7 }),
        anEvent('ServiceRecorded'),
        anEvent('ServiceVerified'),
      ];

      const result = await append(streamId, events, 'no_stream');
      const stored = await store.readStream(streamId);

      expect(result.nextExpectedRevision).toBe(2);
      expect(stored.map(({ eventId, type, version, data, metadata }) => ({ eventId, type, version, data, metadata }))).toEqual(events);
      expect(stored.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(stored.every((event) => event.streamId === streamId && event.recordedAt instanceof Date)).toBe(true);
      expectStrictlyIncreasing(stored.map((event) => event.position));
      expect(stored[2].position).toBe(result.position);
    });

    it('gives every later append a higher global position, across streams', async () => {
      const first = await append(uniqueStreamId('positions'), [anEvent()]);
      const second = await append(uniqueStreamId('positions'), someEvents(2));
      const third = await append(uniqueStreamId('positions'), [anEvent()]);

      expect(first.position).toBeGreaterThan(0);
      expect(second.position).toBeGreaterThan(first.position);
      expect(third.position).toBeGreaterThan(second.position);
    });
  });

  describe('expected revisions', () => {
    it('no_stream: creates a stream, and refuses one that exists', async () => {
      const streamId = uniqueStreamId('no-stream');
      await append(streamId, [anEvent()], 'no_stream');

      const conflict = await conflictOf(append(streamId, [anEvent()], 'no_stream'));

      expect(conflict).toMatchObject({ streamId, expected: 'no_stream', actual: 0 });
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('stream_exists: refuses a missing stream, and appends to one that exists', async () => {
      const streamId = uniqueStreamId('stream-exists');

      const conflict = await conflictOf(append(streamId, [anEvent()], 'stream_exists'));
      expect(conflict).toMatchObject({ streamId, expected: 'stream_exists', actual: -1 });
      expect(await store.readStream(streamId)).toEqual([]);

      await append(streamId, [anEvent()], 'no_stream');
      const result = await append(streamId, someEvents(2), 'stream_exists');
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('any: appends whether or not the stream exists', async () => {
      const streamId = uniqueStreamId('any');

      expect((await append(streamId, [anEvent()], 'any')).nextExpectedRevision).toBe(0);
      expect((await append(streamId, someEvents(2), 'any')).nextExpectedRevision).toBe(2);
    });

    it('a revision: appends when it is the last one, refuses a stale or future one with the actual revision', async () => {
      const streamId = uniqueStreamId('exact');
      await append(streamId, someEvents(2), 'no_stream');

      expect((await append(streamId, [anEvent()], 1)).nextExpectedRevision).toBe(2);
      expect(await conflictOf(append(streamId, [anEvent()], 1))).toMatchObject({ streamId, expected: 1, actual: 2 });
      expect(await conflictOf(append(streamId, [anEvent()], 5))).toMatchObject({ streamId, expected: 5, actual: 2 });
      expect(await conflictOf(append(uniqueStreamId('exact'), [anEvent()], 0))).toMatchObject({ actual: -1 });
      expect(await store.readStream(streamId)).toHaveLength(3);
    });

    it('lets exactly one of several concurrent appenders expecting the same revision win; the others get a typed conflict', async () => {
      const streamId = uniqueStreamId('race');
      await append(streamId, [anEvent()], 'no_stream');

      const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => append(streamId, someEvents(2), 0)));

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      expect((await store.readStream(streamId)).map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('lets concurrent appenders with any all succeed, at distinct consecutive revisions', async () => {
      const streamId = uniqueStreamId('race-any');

      const results = await Promise.all(Array.from({ length: 6 }, () => append(streamId, [anEvent()], 'any')));

      expect(results.map((result) => result.nextExpectedRevision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
      expect((await store.readStream(streamId)).map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    });
  });

  describe('idempotent appends', () => {
    it('returns the original result for events already stored, whatever revision the retry expects, and stores nothing twice', async () => {
      const prefix = uniqueStreamId('idempotent');
      const streamId = `${prefix}/stream`;
      const events = someEvents(3);
      const original = await append(streamId, events, 'no_stream');

      for (const expected of ['no_stream', 'any', 'stream_exists', 2, 0] as const) {
        await expect(append(streamId, events, expected)).resolves.toEqual(original);
      }

      expect(await store.readStream(streamId)).toHaveLength(3);
      await waitForHead(store, original.position);
      const logged = await store.readAll({ filter: { streamPrefixes: [prefix] } });
      expect(logged.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
    });

    it('returns an earlier append its own result after later appends', async () => {
      const streamId = uniqueStreamId('idempotent-earlier');
      const first = someEvents(2);
      const original = await append(streamId, first, 'no_stream');
      await append(streamId, someEvents(2), 1);

      await expect(append(streamId, first, 'no_stream')).resolves.toEqual(original);
      expect(await store.readStream(streamId)).toHaveLength(4);
    });

    it('refuses an append whose events are only partly stored, and writes none of it', async () => {
      const streamId = uniqueStreamId('idempotent-partial');
      const [a, b, c] = someEvents(3);
      await append(streamId, [a, b], 'no_stream');

      await expect(append(streamId, [b, c], 'any')).rejects.toBeInstanceOf(IdempotencyMismatchError);
      await expect(append(streamId, [a, b, c], 'no_stream')).rejects.toBeInstanceOf(IdempotencyMismatchError);
      expect((await store.readStream(streamId)).map((event) => event.eventId)).toEqual([a.eventId, b.eventId]);
    });

    it('refuses the same events in another order', async () => {
      const streamId = uniqueStreamId('idempotent-order');
      const [a, b] = someEvents(2);
      await append(streamId, [a, b], 'no_stream');

      await expect(append(streamId, [b, a], 'any')).rejects.toBeInstanceOf(IdempotencyMismatchError);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });
  });

}
