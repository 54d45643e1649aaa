import { PostgresEventStore, type StoredEvent, type Subscription } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { anEvent, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';
import { delay, waitUntil } from './support/wait-until';

/** A store on its own pool (as another process would have), counting the log reads its subscriptions make. */
function countingStore(url: string) {
  const pool: Pool = openPool({ connectionString: url, max: 4 });
  // Polling an hour apart: only a commit in this store or a NOTIFY wakes its subscriptions.
  const store = new PostgresEventStore(pool, { pollIntervalMs: 3_600_000 });
  const counter = { reads: 0, seen: [] as StoredEvent[] };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  jest.spyOn(pool, 'query').mockImplementation(((...args: unknown[]) => {
    const config = args[0] as string | { text: string };
    if ((typeof config === 'string' ? config : config.text).includes('visible_head')) counter.reads += 1;
    return query(...args);
  }) as never);
  return { pool, store, counter };
}

/**
 * Commits wake this process's subscriptions at once and other processes' by
 * NOTIFY; a store passes over the echo of its own NOTIFY, which would only
 * cost each of its subscriptions one more read.
 */
describe('PostgreSQL NOTIFY between stores', () => {
  let subject: MigratedStore;
  const stores: Array<ReturnType<typeof countingStore>> = [];
  const subscriptions: Subscription[] = [];

  beforeAll(async () => {
    subject = await createPostgresStore();
  });

  afterAll(async () => {
    for (const subscription of subscriptions) await subscription.stop();
    for (const { store, pool } of stores) {
      await store.close();
      await pool.end();
    }
    await subject?.cleanup();
  });

  it("wakes another store's subscription, and its own once, not again for its own NOTIFY", async () => {
    const writer = countingStore(subject.url);
    const other = countingStore(subject.url);
    stores.push(writer, other);
    for (const { store, counter } of stores) {
      subscriptions.push(store.subscribeToAll({ after: await store.headPosition() }, async (events) => void counter.seen.push(...events)));
    }
    // Both listeners are connected (each reads once more when it starts listening) and both subscriptions wait.
    await delay(1_000);
    const readsBefore = stores.map(({ counter }) => counter.reads);

    await writer.store.appendToStream(uniqueStreamId('echo'), [anEvent()], { expectedRevision: 'no_stream' });
    await waitUntil(() => stores.every(({ counter }) => counter.seen.length === 1), 'both subscriptions saw the event', 5_000);
    await delay(1_000);

    expect(writer.counter.reads - readsBefore[0]).toBe(1);
    expect(other.counter.reads - readsBefore[1]).toBeGreaterThanOrEqual(1);
  });
});
