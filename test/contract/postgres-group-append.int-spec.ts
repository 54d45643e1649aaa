import { canonicalEventBody, chainHashes, eventStoreMigrations, IdempotencyMismatchError, PostgresEventStore, WrongExpectedRevisionError, type AppendResult, type EventToAppend } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { Client, type QueryConfig } from 'pg';
import type { QueryRunner } from 'typeorm';
import { anEvent, someEvents, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';

/** The store on its own pool, with the item count of every shiji_append_batch statement it sends. */
function observedStore(url: string): { store: PostgresEventStore; batches: number[]; close(): Promise<void> } {
  const pool = openPool({ connectionString: url, max: 10 });
  const store = new PostgresEventStore(pool);
  const batches: number[] = [];
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  jest.spyOn(pool, 'query').mockImplementation(((...args: unknown[]) => {
    const config = args[0] as QueryConfig | string;
    if (typeof config !== 'string' && config.text.includes('shiji_append_batch')) batches.push((config.values?.[0] as unknown[]).length);
    return query(...args);
  }) as never);
  return {
    store,
    batches,
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}

/**
 * Group append: appends that arrive while earlier ones are in flight share
 * one shiji_append_batch statement, and each still gets exactly the outcome
 * it would have had alone.
 */
describe('PostgreSQL group append', () => {
  let subject: MigratedStore;
  let raw: Client;
  let observed: ReturnType<typeof observedStore>;

  beforeAll(async () => {
    subject = await createPostgresStore();
    raw = new Client({ connectionString: subject.url });
    await raw.connect();
  });

  beforeEach(() => {
    observed = observedStore(subject.url);
  });

  afterEach(async () => {
    await observed.close();
  });

  afterAll(async () => {
    await raw?.end();
    await subject?.cleanup();
  });

  /** Two appends that take both statement slots, so whatever is appended next in the same tick waits and goes together. */
  const occupySlots = () => [0, 1].map(() => observed.store.appendToStream(uniqueStreamId('slot'), [anEvent()], { expectedRevision: 'no_stream' }));

  const positionsOf = async (streamId: string) => (await observed.store.readStream(streamId)).map((event) => event.position);

  it('sends appends that arrive together in one statement, each landing whole, in order, at its own positions', async () => {
    const streams = Array.from({ length: 20 }, (_, index) => uniqueStreamId(`together-${index}`));
    const events = streams.map((_, index) => someEvents(1 + (index % 3)));

    const results = await Promise.all(streams.map((streamId, index) => observed.store.appendToStream(streamId, events[index], { expectedRevision: 'no_stream' })));

    expect(observed.batches.length).toBeLessThan(streams.length);
    expect(Math.max(...observed.batches)).toBe(18);
    const allPositions: number[] = [];
    for (const [index, streamId] of streams.entries()) {
      const stored = await observed.store.readStream(streamId);
      expect(stored.map((event) => event.eventId)).toEqual(events[index].map((event) => event.eventId));
      expect(stored.map((event) => event.revision)).toEqual(events[index].map((_, revision) => revision));
      const positions = stored.map((event) => event.position);
      // One append's events are consecutive in the log, and the result names the last.
      expect(positions).toEqual(positions.map((_, offset) => positions[0] + offset));
      expect(results[index]).toEqual({ nextExpectedRevision: events[index].length - 1, position: positions[positions.length - 1] });
      allPositions.push(...positions);
    }
    expect(new Set(allPositions).size).toBe(allPositions.length);
  });

  it('gives each append in a batch its own outcome: appended, conflict, idempotent retry or mismatch', async () => {
    const existing = uniqueStreamId('existing');
    const advancing = uniqueStreamId('advancing');
    const retried = uniqueStreamId('retried');
    const reused = uniqueStreamId('reused');
    const fresh = uniqueStreamId('fresh');
    await subject.store.appendToStream(existing, [anEvent()], { expectedRevision: 'no_stream' });
    await subject.store.appendToStream(advancing, [anEvent()], { expectedRevision: 'no_stream' });
    const retriedEvents = someEvents(2);
    const original = await subject.store.appendToStream(retried, retriedEvents, { expectedRevision: 'no_stream' });
    const elsewhere = anEvent();
    await subject.store.appendToStream(uniqueStreamId('elsewhere'), [elsewhere], { expectedRevision: 'no_stream' });
    const slots = occupySlots();

    const outcomes = await Promise.allSettled([
      observed.store.appendToStream(existing, [anEvent()], { expectedRevision: 5 }),
      observed.store.appendToStream(advancing, [anEvent()], { expectedRevision: 0 }),
      observed.store.appendToStream(retried, retriedEvents, { expectedRevision: 'no_stream' }),
      observed.store.appendToStream(reused, [elsewhere], { expectedRevision: 'any' }),
      observed.store.appendToStream(fresh, someEvents(3), { expectedRevision: 'no_stream' }),
    ]);
    await Promise.all(slots);

    expect(observed.batches).toEqual([1, 1, 5]);
    const [conflict, appended, idempotent, mismatch, created] = outcomes;
    expect(conflict).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
    expect((conflict as PromiseRejectedResult).reason).toMatchObject({ actual: 0, expected: 5 });
    expect(appended).toEqual({ status: 'fulfilled', value: { nextExpectedRevision: 1, position: (await positionsOf(advancing))[1] } });
    expect(idempotent).toEqual({ status: 'fulfilled', value: original });
    expect(mismatch).toMatchObject({ status: 'rejected', reason: expect.any(IdempotencyMismatchError) });
    expect(created).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 2 } });
    // Refusals appended nothing; the retry appended nothing again.
    expect(await observed.store.readStream(existing)).toHaveLength(1);
    expect(await observed.store.readStream(reused)).toEqual([]);
    expect(await observed.store.readStream(retried)).toHaveLength(2);
  });

  it('sends appends to one stream one at a time, in the order they arrived, so the later one sees the first', async () => {
    const streamId = uniqueStreamId('twice');
    const slots = occupySlots();

    const [first, second] = await Promise.all([
      observed.store.appendToStream(streamId, [anEvent()], { expectedRevision: 'no_stream' }),
      observed.store.appendToStream(streamId, [anEvent()], { expectedRevision: 0 }),
      observed.store.appendToStream(uniqueStreamId('other'), [anEvent()], { expectedRevision: 'no_stream' }),
    ]);
    await Promise.all(slots);

    expect(observed.batches).toEqual([1, 1, 2, 1]);
    expect(first.nextExpectedRevision).toBe(0);
    expect(second.nextExpectedRevision).toBe(1);
    expect(await observed.store.readStream(streamId)).toHaveLength(2);
  });

  it('appends a failed batch again one by one, so one bad append does not sink the others', async () => {
    // Two streams claiming one new event id: the batch's insert breaks the unique index, so the whole statement fails.
    const shared = anEvent();
    const [left, right, bystander] = [uniqueStreamId('claim-left'), uniqueStreamId('claim-right'), uniqueStreamId('bystander')];
    const slots = occupySlots();

    const outcomes = await Promise.allSettled([
      observed.store.appendToStream(left, [shared], { expectedRevision: 'no_stream' }),
      observed.store.appendToStream(right, [shared], { expectedRevision: 'no_stream' }),
      observed.store.appendToStream(bystander, someEvents(2), { expectedRevision: 'no_stream' }),
    ]);
    await Promise.all(slots);

    expect(observed.batches.slice(0, 3)).toEqual([1, 1, 3]);
    // Then each alone (the loser of the race for the id once more, as a retry).
    expect(observed.batches.length).toBeGreaterThanOrEqual(6);
    expect(observed.batches.slice(3).every((items) => items === 1)).toBe(true);
    // Sent alone at once, either claimant may win; the other is told the id is taken and stores nothing.
    const claims = [outcomes[0], outcomes[1]];
    expect(claims.filter((claim) => claim.status === 'fulfilled')).toEqual([{ status: 'fulfilled', value: expect.objectContaining({ nextExpectedRevision: 0 }) }]);
    expect(claims.filter((claim) => claim.status === 'rejected')).toEqual([{ status: 'rejected', reason: expect.any(IdempotencyMismatchError) }]);
    const stored = [...(await observed.store.readStream(left)), ...(await observed.store.readStream(right))];
    expect(stored.map((event) => event.eventId)).toEqual([shared.eventId]);
    expect(outcomes[2]).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1 } });
  });

  it('chains every stream of a batch exactly as appends one by one would', async () => {
    const streams = [uniqueStreamId('chain-a'), uniqueStreamId('chain-b'), uniqueStreamId('chain-c')];
    for (const streamId of streams) await subject.store.appendToStream(streamId, [anEvent()], { expectedRevision: 'no_stream' });
    const slots = occupySlots();
    await Promise.all(streams.map((streamId, index) => observed.store.appendToStream(streamId, someEvents(index + 1), { expectedRevision: 0 })));
    await Promise.all(slots);

    expect(observed.batches).toEqual([1, 1, 3]);
    for (const streamId of streams) {
      const { rows } = await raw.query<{ hash: string }>("SELECT encode(hash, 'hex') AS hash FROM shiji_events WHERE stream_id = $1 ORDER BY revision", [streamId]);
      expect(rows.map((row) => row.hash)).toEqual(chainHashes(await subject.store.readStream(streamId)));
    }
  });

  describe('shiji_append_batch', () => {
    const call = (streams: string[], expected: string[], counts: number[], events: Array<{ streamId: string; event: EventToAppend }>) =>
      raw.query<{ item: number; outcome: string; last_position: string }>('SELECT item, outcome, last_position FROM shiji_append_batch($1, $2, $3, $4)', [
        streams,
        expected,
        counts,
        events.map(({ streamId, event }) => canonicalEventBody({ ...event, streamId })),
      ]);

    it('places positions in item order, then event order', async () => {
      const [a, b] = [uniqueStreamId('order-a'), uniqueStreamId('order-b')];
      const { rows } = await call([a, b], ['no_stream', 'no_stream'], [2, 1], [
        { streamId: a, event: anEvent() },
        { streamId: a, event: anEvent() },
        { streamId: b, event: anEvent() },
      ]);
      expect(rows.map((row) => row.outcome)).toEqual(['appended', 'appended']);
      const [aPositions, bPositions] = [await positionsOf(a), await positionsOf(b)];
      expect(bPositions[0]).toBe(aPositions[1] + 1);
      expect(Number(rows[1].last_position)).toBe(bPositions[0]);
    });

    it('refuses malformed calls and appends nothing', async () => {
      const [a, b] = [uniqueStreamId('bad-a'), uniqueStreamId('bad-b')];
      const one = (streamId: string) => ({ streamId, event: anEvent() });
      // One at a time: they share a connection.
      const refusals: Array<() => Promise<unknown>> = [
        () => call([a, a], ['any', 'any'], [1, 1], [one(a), one(a)]),
        () => call([a, b], ['any', 'any'], [1, 2], [one(a), one(b)]),
        () => call([a, b], ['any'], [1, 1], [one(a), one(b)]),
        () => call([a, b], ['any', 'any'], [1, 0], [one(a), one(b)]),
        () => call([a, b], ['any', 'any'], [1, 1], [one(b), one(a)]),
        () => call([], [], [], []),
      ];
      for (const refusal of refusals) await expect(refusal()).rejects.toMatchObject({ code: '22023' });
      expect([...(await positionsOf(a)), ...(await positionsOf(b))]).toEqual([]);
    });

    it('finds stored event ids by the index for every item of a batch, even under a plan cached while the log was small', async () => {
      const fresh = await createPostgresStore();
      const session = new Client({ connectionString: fresh.url });
      await session.connect();
      const batchOn = async (appends: Array<{ streamId: string; expected: string; events: EventToAppend[] }>): Promise<string[]> => {
        const { rows } = await session.query<{ outcome: string }>('SELECT outcome FROM shiji_append_batch($1, $2, $3, $4)', [
          appends.map((append) => append.streamId),
          appends.map((append) => append.expected),
          appends.map((append) => append.events.length),
          appends.flatMap((append) => append.events.map((event) => canonicalEventBody({ ...event, streamId: append.streamId }))),
        ]);
        return rows.map((row) => row.outcome);
      };
      try {
        await batchOn([{ streamId: uniqueStreamId('small-log'), expected: 'any', events: someEvents(200) }]);
        await session.query('ANALYZE shiji_events');
        for (let i = 0; i < 8; i += 1) await batchOn([1, 2].map(() => ({ streamId: uniqueStreamId('warm-plan'), expected: 'any', events: [anEvent()] })));
        await batchOn([{ streamId: uniqueStreamId('bulk'), expected: 'any', events: someEvents(5_000) }]);
        const retriedStream = uniqueStreamId('indexed');
        const retried = anEvent();
        await batchOn([{ streamId: retriedStream, expected: 'no_stream', events: [retried] }]);

        const seqScans = async () => Number((await session.query<{ n: string }>("SELECT seq_scan AS n FROM pg_stat_xact_user_tables WHERE relname = 'shiji_events'")).rows[0].n);
        await session.query('BEGIN');
        const before = await seqScans();
        const outcomes = await batchOn([
          { streamId: uniqueStreamId('new'), expected: 'no_stream', events: [anEvent()] },
          { streamId: retriedStream, expected: 'no_stream', events: [retried] },
        ]);
        const after = await seqScans();
        await session.query('COMMIT');

        expect(outcomes).toEqual(['appended', 'idempotent']);
        expect(after - before).toBe(0);
      } finally {
        await session.end();
        await fresh.cleanup();
      }
    });
  });

  it('is what shiji_append does for a single append', async () => {
    const streamId = uniqueStreamId('single');
    const events = someEvents(2);
    const bodies = events.map((event) => canonicalEventBody({ ...event, streamId }));
    const appended = await raw.query<{ outcome: string; last_position: string }>('SELECT outcome, last_position FROM shiji_append($1, $2, $3)', [streamId, 'no_stream', bodies]);
    const retry = await raw.query<{ outcome: string; last_position: string }>('SELECT outcome, last_position FROM shiji_append($1, $2, $3)', [streamId, 'no_stream', bodies]);
    const conflict = await raw.query<{ outcome: string; actual_revision: number }>('SELECT outcome, actual_revision FROM shiji_append($1, $2, $3)', [streamId, '0', [canonicalEventBody({ ...anEvent(), streamId })]]);

    expect(appended.rows[0].outcome).toBe('appended');
    expect(retry.rows[0]).toEqual({ outcome: 'idempotent', last_position: appended.rows[0].last_position });
    expect(conflict.rows[0]).toEqual({ outcome: 'wrong_expected_revision', actual_revision: 1 });
    const result: AppendResult = { nextExpectedRevision: 1, position: Number(appended.rows[0].last_position) };
    expect(await subject.store.appendToStream(streamId, events, { expectedRevision: 'no_stream' })).toEqual(result);
  });

  it('is undone by its migration, leaving shiji_append working on its own, and done again', async () => {
    const fresh = await createPostgresStore();
    const session = new Client({ connectionString: fresh.url });
    await session.connect();
    const runner = { query: (sql: string) => session.query(sql) } as unknown as QueryRunner;
    const appendOne = async () => {
      const streamId = uniqueStreamId('migrated');
      const { rows } = await session.query<{ outcome: string }>('SELECT outcome FROM shiji_append($1, $2, $3)', [streamId, 'no_stream', [canonicalEventBody({ ...anEvent(), streamId })]]);
      return rows[0].outcome;
    };
    const batchFunctions = async () => Number((await session.query<{ n: string }>("SELECT count(*) AS n FROM pg_proc WHERE proname = 'shiji_append_batch'")).rows[0].n);
    try {
      const Migration = eventStoreMigrations.find((migration) => migration.name === 'AddAppendBatchFunction1764600000000');
      if (!Migration) throw new Error('AddAppendBatchFunction1764600000000 is not among the event store migrations');
      const migration = new Migration();
      await migration.down(runner);
      expect(await batchFunctions()).toBe(0);
      expect(await appendOne()).toBe('appended');
      await migration.up(runner);
      expect(await batchFunctions()).toBe(1);
      expect(await appendOne()).toBe('appended');
    } finally {
      await session.end();
      await fresh.cleanup();
    }
  });
});
