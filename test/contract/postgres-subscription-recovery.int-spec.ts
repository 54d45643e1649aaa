import { Client } from 'pg';
import { someEvents, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';
import { RecordingSubscriber } from './support/recording-subscriber';
import { testServer } from '../support/test-servers';

describe('PostgreSQL subscription recovery', () => {
  let subject: MigratedStore | undefined;

  afterEach(async () => {
    await subject?.cleanup();
    subject = undefined;
  });

  it('keeps delivering, without gaps or duplicates, after the database drops its connections', async () => {
    subject = await createPostgresStore({ retryDelayMs: 50 });
    const { store } = subject;
    const streamId = uniqueStreamId('survivor');
    const subscriber = new RecordingSubscriber(store, { after: 0 });
    await store.appendToStream(streamId, someEvents(3), { expectedRevision: 'no_stream' });
    await subscriber.waitForCount(3);

    await terminateOtherConnections(subject.url);
    await store.appendToStream(streamId, someEvents(2), { expectedRevision: 2 });
    await subscriber.waitForCount(5);
    await subscriber.subscription.stop();

    expect(subscriber.events).toEqual(await store.readAll());
    expect(subscriber.events.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    await expect(subscriber.subscription.done).resolves.toBeUndefined();
  });

  it('rejects done when the database is gone for good', async () => {
    subject = await createPostgresStore({ retryDelayMs: 20, subscriptionRetries: 3 });
    const subscriber = new RecordingSubscriber(subject.store, { after: 0 });
    await subject.store.appendToStream(uniqueStreamId('doomed'), someEvents(1), { expectedRevision: 'no_stream' });
    await subscriber.waitForCount(1);

    const admin = new Client({ connectionString: testServer().adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE ${admin.escapeIdentifier(new URL(subject.url).pathname.slice(1))} WITH (FORCE)`);
    } finally {
      await admin.end();
    }

    await expect(subscriber.subscription.done).rejects.toMatchObject({ code: '3D000' });
  });
});

async function terminateOtherConnections(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ terminated: boolean }>(
      'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    expect(rows.length).toBeGreaterThan(0);
  } finally {
    await client.end();
  }
}
