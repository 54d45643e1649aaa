import { IdempotencyMismatchError, PostgresEventStore } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { Client } from 'pg';
import { anEvent, someEvents, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';
import { rawAppend } from './support/raw-append';
import { delay, within } from './support/wait-until';

describe('PostgreSQL append', () => {
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

  const heldAdvisoryLocks = async (client: Client) =>
    Number((await client.query<{ held: string }>("SELECT count(*) AS held FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")).rows[0].held);

  it('writes with one statement and no explicit transaction (the NOTIFY follows the commit)', async () => {
    const pool = openPool({ connectionString: subject.url });
    const store = new PostgresEventStore(pool);
    const statements: string[] = [];
    const query = pool.query.bind(pool);
    jest.spyOn(pool, 'query').mockImplementation(((config: string | { text: string }, values?: unknown[]) => {
      statements.push(typeof config === 'string' ? config : config.text);
      return query(config as string, values);
    }) as typeof pool.query);
    try {
      await store.appendToStream(uniqueStreamId('round-trip'), someEvents(3), { expectedRevision: 'no_stream' });
      await store.close();

      expect(statements).toHaveLength(2);
      expect(statements[0]).toContain('FROM shiji_append_batch($1, $2, $3, $4)');
      expect(statements[1]).toContain('pg_notify');
    } finally {
      await pool.end();
    }
  });

  it('refuses to reserve positions in a transaction that already has a transaction id, and keeps no lock', async () => {
    await raw.query('BEGIN');
    try {
      await raw.query('SELECT pg_current_xact_id()');
      const refusal = rawAppend(raw, uniqueStreamId('assigned'), [anEvent()]);
      await expect(refusal).rejects.toMatchObject({ code: '25000', message: expect.stringContaining('must assign the transaction id') });
    } finally {
      await raw.query('ROLLBACK');
    }
    expect(await heldAdvisoryLocks(raw)).toBe(0);
  });

  it('releases the reservation lock when a reservation fails, so other appenders carry on', async () => {
    const { rows } = await raw.query<{ last: string }>('SELECT last_value AS last FROM shiji_event_position');
    await raw.query(`ALTER SEQUENCE shiji_event_position MAXVALUE ${rows[0].last}`);
    try {
      const failure = rawAppend(raw, uniqueStreamId('exhausted'), [anEvent()]);
      await expect(failure).rejects.toMatchObject({ code: '2200H' });
      expect(await heldAdvisoryLocks(raw)).toBe(0);
    } finally {
      await raw.query('ALTER SEQUENCE shiji_event_position NO MAXVALUE');
    }
    const appended = subject.store.appendToStream(uniqueStreamId('after-failure'), [anEvent()], { expectedRevision: 'no_stream' });
    await expect(within(appended, 5_000, 'blocked')).resolves.toMatchObject({ nextExpectedRevision: 0 });
  });

  it('refuses an event id already stored in another stream', async () => {
    const event = anEvent();
    await subject.store.appendToStream(uniqueStreamId('first-home'), [event], { expectedRevision: 'no_stream' });

    const again = subject.store.appendToStream(uniqueStreamId('second-home'), [event], { expectedRevision: 'any' });

    await expect(again).rejects.toBeInstanceOf(IdempotencyMismatchError);
  });

  it('turns a lost race for an event id into an IdempotencyMismatchError, never a database error', async () => {
    const event = anEvent();
    await raw.query('BEGIN');
    let committed = false;
    try {
      await rawAppend(raw, uniqueStreamId('racer-a'), [event]);
      const loser = subject.store.appendToStream(uniqueStreamId('racer-b'), [event], { expectedRevision: 'no_stream' });
      const settled = loser.then(
        () => 'appended',
        (error: unknown) => error,
      );
      await delay(200);
      await raw.query('COMMIT');
      committed = true;

      expect(await settled).toBeInstanceOf(IdempotencyMismatchError);
    } finally {
      if (!committed) await raw.query('ROLLBACK');
    }
  });

  it('counts an append committed beside an older open transaction as committed before subscribers see it', async () => {
    const holder = new Client({ connectionString: subject.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_current_xact_id()');
      const { position } = await subject.store.appendToStream(uniqueStreamId('behind-horizon'), [anEvent()], { expectedRevision: 'no_stream' });

      expect(await subject.store.lastCommittedPosition()).toBe(position);
      expect(await subject.store.headPosition()).toBeLessThan(position);

      await holder.query('ROLLBACK');
      expect(await subject.store.headPosition()).toBe(position);
    } finally {
      await holder.end();
    }
  });

  it('keeps the log append-only', async () => {
    const streamId = uniqueStreamId('append-only');
    await subject.store.appendToStream(streamId, [anEvent()], { expectedRevision: 'no_stream' });

    for (const statement of [
      "UPDATE shiji_events SET data = '{}' WHERE stream_id = $1",
      'DELETE FROM shiji_events WHERE stream_id = $1',
    ]) {
      await expect(raw.query(statement, [streamId])).rejects.toMatchObject({ message: expect.stringContaining('append-only') });
    }
    await expect(raw.query('TRUNCATE shiji_events')).rejects.toMatchObject({ message: expect.stringContaining('append-only') });
    expect(await subject.store.readStream(streamId)).toHaveLength(1);
  });

  it('rejects malformed appends before touching the database', async () => {
    const { store } = subject;
    const streamId = uniqueStreamId('malformed');

    await expect(store.appendToStream(streamId, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.appendToStream(streamId, [{ ...anEvent(), eventId: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toBeInstanceOf(TypeError);
    const event = anEvent();
    await expect(store.appendToStream(streamId, [event, event], { expectedRevision: 'any' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.appendToStream(streamId, [anEvent()], { expectedRevision: -1 })).rejects.toBeInstanceOf(RangeError);
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it('stores an uppercase event id in canonical form and still recognises a retry', async () => {
    const streamId = uniqueStreamId('uppercase');
    const event = { ...anEvent(), eventId: anEvent().eventId.toUpperCase() };

    const first = await subject.store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
    const retry = await subject.store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });

    expect(retry).toEqual(first);
    expect((await subject.store.readStream(streamId))[0].eventId).toBe(event.eventId.toLowerCase());
  });
  it('finds earlier events by the event id index however large the log grows, even under a plan cached while it was small', async () => {
    // PL/pgSQL keeps a generic plan per session, made from the statistics of its first calls. One made while the
    // log was small, and kept as the log grew (no ANALYZE since), must still look event ids up by the index:
    // scanning the table would cost every append a pass over the whole log.
    const fresh = await createPostgresStore();
    const session = new Client({ connectionString: fresh.url });
    await session.connect();
    try {
      await rawAppend(session, uniqueStreamId('small-log'), someEvents(200));
      await session.query('ANALYZE shiji_events');
      for (let i = 0; i < 8; i += 1) await rawAppend(session, uniqueStreamId('warm-plan'), [anEvent()]);
      await rawAppend(session, uniqueStreamId('bulk'), someEvents(5_000));
      const retried = anEvent();
      const streamId = uniqueStreamId('indexed');
      await rawAppend(session, streamId, [retried]);

      const seqScans = async () => Number((await session.query<{ n: string }>("SELECT seq_scan AS n FROM pg_stat_xact_user_tables WHERE relname = 'shiji_events'")).rows[0].n);
      await session.query('BEGIN');
      const before = await seqScans();
      const appended = await rawAppend(session, streamId, [anEvent()]);
      const retry = await rawAppend(session, streamId, [retried]);
      const after = await seqScans();
      await session.query('COMMIT');

      expect([appended.outcome, retry.outcome]).toEqual(['appended', 'idempotent']);
      expect(after - before).toBe(0);
    } finally {
      await session.end();
      await fresh.cleanup();
    }
  });
});

