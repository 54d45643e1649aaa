import { EventStoreDbEventStore, IdempotencyMismatchError, WrongExpectedRevisionError, type EventToAppend } from '@shiji/event-store';
import { anEvent, someEvents, uniqueStreamId } from '../contract/support/events';
import { EventStoreDbDouble } from './double';

/** As long as an account's history can grow. */
const LONG = 20_000;

/**
 * What appends cost on a long stream, counted as the events the double's
 * stream reads return: EventStoreDB has no index by event id, and looking for
 * an append's ids must not mean reading a 20,000-event account whole.
 */
describe('EventStoreDB adapter: appends to a long stream read only a few of its events', () => {
  let double: EventStoreDbDouble;
  let store: EventStoreDbEventStore;
  let streamId: string;
  let early: EventToAppend[];

  beforeAll(async () => {
    double = await EventStoreDbDouble.start();
    store = new EventStoreDbEventStore(double.connectionString);
    streamId = uniqueStreamId('account');
    early = someEvents(2);
    await store.appendToStream(streamId, early, { expectedRevision: 'no_stream' });
    for (let revision = 1; revision < LONG - 1; revision += 1000) {
      await store.appendToStream(streamId, someEvents(Math.min(1000, LONG - 1 - revision)), { expectedRevision: revision });
    }
  });

  afterAll(async () => {
    await store.close();
    await double.stop();
  });

  beforeEach(() => double.streamReads.reset());

  const last = async () => (await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))[0].revision;
  const eventsRead = () => double.streamReads.of(streamId);

  it('with the exact revision the service sends: reads as many events as it appends', async () => {
    expect(await last()).toBe(LONG - 1);
    double.streamReads.reset();
    const events = someEvents(3);

    const result = await store.appendToStream(streamId, events, { expectedRevision: LONG - 1 });

    expect(result.nextExpectedRevision).toBe(LONG + 2);
    expect(eventsRead()).toBeLessThanOrEqual(events.length);
  });

  it('a repeat expecting the revision its original left, or the one before it: the original result, from a few events', async () => {
    const events = someEvents(2);
    const before = await last();
    const original = await store.appendToStream(streamId, events, { expectedRevision: before });
    double.streamReads.reset();

    await expect(store.appendToStream(streamId, events, { expectedRevision: original.nextExpectedRevision })).resolves.toEqual(original);
    await expect(store.appendToStream(streamId, events, { expectedRevision: before })).resolves.toEqual(original);

    expect(eventsRead()).toBeLessThanOrEqual(4 * events.length);
    expect(await last()).toBe(original.nextExpectedRevision);
  });

  it('a stale revision: a typed conflict with the actual revision, reading only what was appended since', async () => {
    const stale = await last();
    await store.appendToStream(streamId, someEvents(5), { expectedRevision: stale });
    double.streamReads.reset();

    const conflict = store.appendToStream(streamId, [anEvent()], { expectedRevision: stale });

    await expect(conflict).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(conflict).rejects.toMatchObject({ expected: stale, actual: stale + 5 });
    expect(eventsRead()).toBeLessThanOrEqual(1 + 5 + 1);
  });

  it('a repeat of the first append after 20,000 more events, retried with no_stream: still the original result', async () => {
    const original = { nextExpectedRevision: 1, position: (await store.readStream(streamId, { fromRevision: 1, maxCount: 1 }))[0].position };
    double.streamReads.reset();

    await expect(store.appendToStream(streamId, early, { expectedRevision: 'no_stream' })).resolves.toEqual(original);
    // The tail, then the first page from revision 0, where the ids are.
    expect(eventsRead()).toBeLessThanOrEqual(early.length + 256);
  });

  it('any and stream_exists: look for a repeat among the newest events only, and still refuse a partial one', async () => {
    const events = someEvents(2);
    const original = await store.appendToStream(streamId, events, { expectedRevision: 'any' });
    await store.appendToStream(streamId, someEvents(10), { expectedRevision: 'any' });
    double.streamReads.reset();

    await expect(store.appendToStream(streamId, events, { expectedRevision: 'stream_exists' })).resolves.toEqual(original);
    await expect(store.appendToStream(streamId, [events[1], anEvent()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(IdempotencyMismatchError);
    const appended = await store.appendToStream(streamId, [anEvent()], { expectedRevision: 'any' });

    expect(appended.nextExpectedRevision).toBe(original.nextExpectedRevision + 11);
    expect(eventsRead()).toBeLessThanOrEqual(3 * (64 + 2));
  });
});
