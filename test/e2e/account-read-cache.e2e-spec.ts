import type { Pool, QueryConfig } from 'pg';
import request from 'supertest';
import { replayReadModels, type ProjectionProgress } from '@shiji/projections';
import { DATABASE_POOL } from '../../apps/api/src/platform/database/database-pool';
import { PROJECTION_PROGRESS } from '../../apps/api/src/projections/projection-progress.provider';
import { StreamHeads } from '../../apps/api/src/write-side/stream-heads';
import { startTestApi, type TestApi } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

const HOUR = 60;
const communityId = 'nanshijie';

/** Repeats `attempt` until it returns true, for at most `ms`. */
async function within(ms: number, attempt: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await attempt()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Counts the statements a pool runs that read the accounts view. */
function countAccountViewReads(pool: Pool): { count: () => number; restore: () => void } {
  let reads = 0;
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const spy = jest.spyOn(pool, 'query').mockImplementation(((...args: unknown[]) => {
    const [first] = args;
    const text = typeof first === 'string' ? first : (first as QueryConfig | undefined)?.text;
    if (text?.includes('FROM rm_accounts WHERE id')) reads += 1;
    return original(...args);
  }) as never);
  return { count: () => reads, restore: () => spy.mockRestore() };
}

/**
 * Stalls the log watch of an instance, as when it lags behind: events are
 * not noted until `release`. What it knew before stays.
 */
function stallWatch(heads: StreamHeads): { release: () => void } {
  const watch = heads as unknown as { note: (events: unknown[]) => Promise<void> };
  const note = watch.note.bind(heads);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const spy = jest.spyOn(watch, 'note').mockImplementation(async (events) => {
    await released;
    return note(events);
  });
  return {
    release: () => {
      spy.mockRestore();
      release();
    },
  };
}

/**
 * An account read is answered from memory while the log holds nothing after
 * the position its views had reached, and never once an event after it is
 * known: appended here, waited for with X-Min-Position, or seen by the watch.
 */
describe('account reads from memory', () => {
  let api: TestApi;
  let volunteerId: string;
  let firstRecordPosition: number;
  let day = 1;

  const staff = () => api.as('staff', [communityId], 'li');
  const recordHour = (send: () => request.Test) =>
    send()
      .send({ volunteerId, category: 'other', startedAt: new Date(Date.UTC(2025, 2, day++, 1)).toISOString(), minutes: HOUR, verify: true })
      .expect(201);
  const account = (headers: Record<string, string> = {}) => api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set(headers).expect(200);

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '南市街社区' }).expect(201);
    volunteerId = (await staff().post('/v1/volunteers').send({ name: '赵六', phone: '13812345678', communityId }).expect(201)).body.volunteerId;
    firstRecordPosition = (await recordHour(() => staff().post('/v1/service-records'))).body.position;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers a repeated read without asking the database, with the same body', async () => {
    const reads = countAccountViewReads(api.app.app.get<Pool>(DATABASE_POOL));
    try {
      const first = await account({ 'X-Min-Position': String(firstRecordPosition) });
      const again = await account();
      const third = await account();
      expect(first.body).toMatchObject({ lifetimeMinutes: HOUR, creditMinutes: HOUR });
      expect(again.body).toEqual(first.body);
      expect(third.body).toEqual(first.body);
      expect(reads.count()).toBe(1);
    } finally {
      reads.restore();
    }
  });

  it('reads the database again after an append through this instance, even before its watch has seen it', async () => {
    await account();
    const stalled = stallWatch(api.app.app.get(StreamHeads));
    try {
      const written = await recordHour(() => staff().post('/v1/service-records'));
      await api.app.app.get<ProjectionProgress>(PROJECTION_PROGRESS).waitFor(written.body.position, 10_000);
      expect((await account()).body).toMatchObject({ lifetimeMinutes: 2 * HOUR, position: written.body.position });
    } finally {
      stalled.release();
    }
  });

  it('goes to the database every time when CACHED_ACCOUNT_READS is false', async () => {
    const uncached = await createTestApp({ sameDatabaseAs: api.app, env: { CACHED_ACCOUNT_READS: 'false' } });
    const reads = countAccountViewReads(uncached.app.get<Pool>(DATABASE_POOL));
    try {
      const token = uncached.token({ sub: 'admin-uncached', role: 'admin' });
      for (let i = 0; i < 3; i += 1) await request(uncached.server).get(`/v1/volunteers/${volunteerId}/account`).set('Authorization', `Bearer ${token}`).expect(200);
      expect(reads.count()).toBe(3);
    } finally {
      reads.restore();
      await uncached.close();
    }
  });

  it('answers from the new views as soon as `cli replay` has replaced them, not after a snapshot\'s age', async () => {
    const pool = api.app.app.get<Pool>(DATABASE_POOL);
    const correct = (await account()).body.creditMinutes as number;
    // Damage behind the log's back; an unrelated event then retires the snapshot kept, and the damaged view is what gets kept next.
    await pool.query(`UPDATE rm_accounts SET data = jsonb_set(data, '{creditMinutes}', '9999') WHERE id = $1`, [volunteerId]);
    await api.as('admin').post('/v1/communities').send({ communityId: 'replay-probe', name: '重放检查社区' }).expect(201);
    await api.waitForProjections();
    const reads = countAccountViewReads(pool);
    try {
      expect(await within(2_000, async () => (await account()).body.creditMinutes === 9999)).toBe(true);
      const before = reads.count();
      expect((await account()).body.creditMinutes).toBe(9999);
      expect(reads.count()).toBe(before);
    } finally {
      reads.restore();
    }

    const started = Date.now();
    await replayReadModels({ pool, store: api.store });
    expect(await within(2_000, async () => (await account()).body.creditMinutes === correct)).toBe(true);
    // Well inside the 5 s a snapshot could serve before this notice existed, let alone the 60 s it may serve now.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  describe('with a second instance writing', () => {
    let other: TestApp;
    const onOther = () => {
      const token = other.token({ sub: 'li', role: 'staff', communities: [communityId] });
      return request(other.server).post('/v1/service-records').set('Authorization', `Bearer ${token}`);
    };

    beforeAll(async () => {
      other = await createTestApp({ sameDatabaseAs: api.app });
    });

    afterAll(async () => {
      await other?.close();
    });

    it('honours X-Min-Position for a write this instance has not seen yet', async () => {
      const before = (await account()).body.lifetimeMinutes as number;
      const stalled = stallWatch(api.app.app.get(StreamHeads));
      try {
        const written = await recordHour(onOther);
        const read = await account({ 'X-Min-Position': String(written.body.position) });
        expect(read.body.lifetimeMinutes).toBe(before + HOUR);
        expect(read.body.position).toBeGreaterThanOrEqual(written.body.position);
      } finally {
        stalled.release();
      }
    });

    it('shows a write made through the other instance within moments, without X-Min-Position', async () => {
      const before = (await account()).body.lifetimeMinutes as number;
      await account();
      await recordHour(onOther);
      expect(await within(2_000, async () => (await account()).body.lifetimeMinutes === before + HOUR)).toBe(true);
    });
  });
});
