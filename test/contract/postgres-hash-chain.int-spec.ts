import { chainHashes, type StoredEvent } from '@shiji/event-store';
import { Client } from 'pg';
import { anEvent, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';

describe('PostgreSQL hash chain', () => {
  let subject: MigratedStore;
  let raw: Client;

  beforeAll(async () => {
    subject = await createPostgresStore();
    raw = new Client({ connectionString: subject.url });
    await raw.connect();
  });

  afterAll(async () => {
    await raw?.end();
    await subject?.cleanup();
  });

  const storedHashes = async (streamId: string) =>
    (await raw.query<{ hash: string }>("SELECT encode(hash, 'hex') AS hash FROM shiji_events WHERE stream_id = $1 ORDER BY revision", [streamId])).rows.map(
      (row) => row.hash,
    );

  const recomputed = (events: StoredEvent[]) => chainHashes(events);

  it('stores, for every event, the hash an auditor recomputes from the events as read back', async () => {
    const streamId = uniqueStreamId('chain');
    await subject.store.appendToStream(streamId, [anEvent('A', { z: 1, a: [1e21, 1e-7, 0.1, -5, 2 ** 53 + 2] })], { expectedRevision: 'no_stream' });
    await subject.store.appendToStream(
      streamId,
      [anEvent('B', { text: 'tab\tquote"backslash\\ 时积 😀 \u0007', nested: { deep: { deeper: [null, true, false, {}] } } }), anEvent('C', { empty: '' })],
      { expectedRevision: 0 },
    );
    await subject.store.appendToStream(streamId, [anEvent('D', { at: new Date('2025-05-01T00:00:00Z') })], { expectedRevision: 'any' });

    const events = await subject.store.readStream(streamId);
    const hashes = await storedHashes(streamId);

    expect(hashes).toHaveLength(4);
    expect(hashes).toEqual(recomputed(events));
  });

  it('chains each stream on its own', async () => {
    const left = uniqueStreamId('left');
    const right = uniqueStreamId('right');
    for (let round = 0; round < 3; round += 1) {
      await subject.store.appendToStream(left, [anEvent()], { expectedRevision: 'any' });
      await subject.store.appendToStream(right, [anEvent()], { expectedRevision: 'any' });
    }

    expect(await storedHashes(left)).toEqual(recomputed(await subject.store.readStream(left)));
    expect(await storedHashes(right)).toEqual(recomputed(await subject.store.readStream(right)));
  });

  it('exposes an edited event: the recomputed chain differs from that revision on', async () => {
    const streamId = uniqueStreamId('tampered');
    await subject.store.appendToStream(streamId, [anEvent('A', { minutes: 30 }), anEvent('B'), anEvent('C')], { expectedRevision: 'no_stream' });
    const stored = await storedHashes(streamId);

    // Tampering needs the table owner to switch the append-only guard off first.
    await raw.query('ALTER TABLE shiji_events DISABLE TRIGGER shiji_events_append_only');
    try {
      await raw.query(`UPDATE shiji_events SET data = jsonb_set(data, '{minutes}', '300') WHERE stream_id = $1 AND revision = 1`, [streamId]);
    } finally {
      await raw.query('ALTER TABLE shiji_events ENABLE TRIGGER shiji_events_append_only');
    }
    const audited = recomputed(await subject.store.readStream(streamId));

    expect(audited[0]).toBe(stored[0]);
    expect(audited[1]).not.toBe(stored[1]);
    expect(audited[2]).not.toBe(stored[2]);
  });
});
