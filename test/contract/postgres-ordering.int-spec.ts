import { WrongExpectedRevisionError, type EventStore, type PostgresEventStore } from '@shiji/event-store';
import { Client } from 'pg';
import { anEvent, someEvents } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';
import { rawAppend } from './support/raw-append';
import { RecordingSubscriber } from './support/recording-subscriber';
import { delay } from './support/wait-until';

const APPENDERS = 8;
const EVENTS_PER_APPENDER = 2_000;
const BATCH_SIZES = [1, 1, 3, 1, 2, 5, 1, 4];

describe('PostgreSQL event store ordering', () => {
  let subject: MigratedStore;
  let store: PostgresEventStore;

  beforeAll(async () => {
    subject = await createPostgresStore({ pool: { max: APPENDERS + 6 } });
    store = subject.store;
  });

  afterAll(async () => {
    await subject?.cleanup();
  });

  it('ordering: 8 concurrent appenders writing 2,000 events each; a live subscriber sees every event once, in order, and nothing it passed appears later', async () => {
    const before = await store.headPosition();
    const subscriber = new RecordingSubscriber(store, { after: before });

    const appended = (await Promise.all(Array.from({ length: APPENDERS }, (_, appender) => appendMany(store, appender)))).flat();
    const receivedWhileAppending = subscriber.events.length;
    await subscriber.waitForCount(appended.length, 30_000);
    await delay(500);
    await subscriber.subscription.stop();

    const received = subscriber.events;
    expect(appended).toHaveLength(APPENDERS * EVENTS_PER_APPENDER);
    expect(receivedWhileAppending).toBeGreaterThan(0);
    expect(received).toHaveLength(appended.length);
    expect(new Set(received.map((event) => event.eventId))).toEqual(new Set(appended));
    const positions = received.map((event) => event.position);
    expect(positions.filter((position, index) => index > 0 && position <= positions[index - 1])).toEqual([]);
    // Anything that became visible below a position the subscriber had passed would show up here.
    const logged = await store.readAll({ after: before });
    expect(logged.map((event) => event.position)).toEqual(positions);
  });

  it('ordering: an appender that reserved a lower position and commits late holds back later commits, then both arrive in position order', async () => {
    const before = await store.headPosition();
    const subscriber = new RecordingSubscriber(store, { after: before });
    const late = new Client({ connectionString: subject.url });
    await late.connect();
    try {
      await late.query('BEGIN');
      const early = await rawAppend(late, 'late-commit-a', [anEvent()]);
      const committed = await store.appendToStream('late-commit-b', [anEvent()], { expectedRevision: 'no_stream' });
      expect(committed.position).toBeGreaterThan(early.position);

      await delay(800);
      expect(subscriber.events).toEqual([]);
      expect(await store.readAll({ after: before })).toEqual([]);
      expect(await store.headPosition()).toBe(before);

      await late.query('COMMIT');
      await subscriber.waitForCount(2);
      await subscriber.subscription.stop();

      expect(subscriber.events.map((event) => [event.streamId, event.position])).toEqual([
        ['late-commit-a', early.position],
        ['late-commit-b', committed.position],
      ]);
      expect(await store.readAll({ after: before })).toEqual(subscriber.events);
      expect(await store.headPosition()).toBe(committed.position);
    } finally {
      await late.end();
    }
  });

  it('ordering: a reservation that rolls back leaves a gap that stays empty and stops holding later events back', async () => {
    const before = await store.headPosition();
    const subscriber = new RecordingSubscriber(store, { after: before });
    const aborted = new Client({ connectionString: subject.url });
    await aborted.connect();
    try {
      await aborted.query('BEGIN');
      const gap = await rawAppend(aborted, 'rolled-back', [anEvent()]);
      const committed = await store.appendToStream('after-rollback', someEvents(2), { expectedRevision: 'no_stream' });
      await delay(500);
      expect(subscriber.events).toEqual([]);

      await aborted.query('ROLLBACK');
      await subscriber.waitForCount(2);
      const next = await store.appendToStream('after-rollback', [anEvent()], { expectedRevision: 1 });
      await subscriber.waitForCount(3);
      await subscriber.subscription.stop();

      expect(subscriber.positions).toEqual([committed.position - 1, committed.position, next.position]);
      expect(subscriber.positions).not.toContain(gap.position);
      expect(await store.readStream('rolled-back')).toEqual([]);
      expect(await store.readAll({ after: before })).toEqual(subscriber.events);
    } finally {
      await aborted.end();
    }
  });
});

/**
 * One appender: a mix of single and multi-event appends, to streams only it
 * writes (exact expected revisions) and to streams all appenders share
 * (expected revision read first, so conflicts happen and are retried).
 */
async function appendMany(store: EventStore, appender: number): Promise<string[]> {
  const ids: string[] = [];
  const ownRevisions = new Map<string, number>();
  for (let round = 0; ids.length < EVENTS_PER_APPENDER; round += 1) {
    const events = someEvents(Math.min(BATCH_SIZES[(round + appender) % BATCH_SIZES.length], EVENTS_PER_APPENDER - ids.length));
    if (round % 3 === 0) {
      await appendToSharedStream(store, `shared-${round % 4}`, events);
    } else {
      const streamId = `appender-${appender}-${round % 7}`;
      const result = await store.appendToStream(streamId, events, { expectedRevision: ownRevisions.get(streamId) ?? 'no_stream' });
      ownRevisions.set(streamId, result.nextExpectedRevision);
    }
    ids.push(...events.map((event) => event.eventId));
  }
  return ids;
}

async function appendToSharedStream(store: EventStore, streamId: string, events: ReturnType<typeof someEvents>): Promise<void> {
  for (;;) {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    try {
      await store.appendToStream(streamId, events, { expectedRevision: last?.revision ?? 'no_stream' });
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}

