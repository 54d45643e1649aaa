import { status } from '@grpc/grpc-js';
import { EventStoreDbEventStore } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import { ALL_PROJECTIONS, createReadModelSchema, ProjectionRunner, tableName } from '@shiji/projections';
import type { Pool } from 'pg';
import { waitUntil } from '../contract/support/wait-until';
import { startTestApiOnDouble, type TestApiOnDouble } from '../support/esdb';
import { uniquePhone } from '../support/phones';
import { RUNNER_POOL_SIZE } from '../projections/support/runner-pool';

const HOUR_MS = 60 * 60 * 1000;
/** Generous: a failure here should mean a lost or doubled event, not a busy runner. */
const PATIENCE_MS = 30_000;

async function rows(pool: Pool, schema: string, collection: string) {
  const { rows: found } = await pool.query(`SELECT id, data, position FROM ${schema}.${tableName(collection)} ORDER BY id`);
  return found;
}

/**
 * EventStoreDB ends the api's $all subscription while its projections are
 * working through the log (a restart, a leader change, a slow client cut
 * off): three drops, each right after an event was sent, while commands keep
 * coming. A transient drop makes the adapter resubscribe from the last event
 * it handed over; a drop the adapter does not retry fails the subscription
 * and the runner starts again from the checkpoint it committed in PostgreSQL;
 * the third drop falls into that restart's catch-up. Afterwards every read
 * table must equal a fresh replay of the log into another schema.
 */
describe('projections on EventStoreDB: the subscription dropped mid-stream', () => {
  let api: TestApiOnDouble;
  let pool: Pool;
  const communityId = 'drop-test';
  let slot = 0;

  beforeAll(async () => {
    // Only the projections subscribe (no log watch for cached reads): the drops and restarts counted below are theirs.
    api = await startTestApiOnDouble({ env: { CACHED_REFERENCE_READS: 'false', CACHED_ACCOUNT_READS: 'false' } });
    pool = openPool({ connectionString: api.app.database.url, max: RUNNER_POOL_SIZE });
    await api.as('admin').post('/v1/communities').send({ communityId, name: '断线社区' }).expect(201);
    // ★ at 1 hour … ★★★★★ at 5 hours, so volunteers reach the card level (and redemptions) quickly.
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  const staff = () => api.as('staff', [communityId]);

  async function registerVolunteer(name: string): Promise<string> {
    const response = await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId, partyMember: false }).expect(201);
    return response.body.volunteerId as string;
  }

  async function serve(volunteerId: string, hours: number): Promise<void> {
    for (let i = 0; i < hours; i += 1) {
      slot += 1;
      const startedAt = new Date(Date.UTC(2025, 0, 1) + slot * 2 * HOUR_MS).toISOString();
      await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt, minutes: 60, verify: true }).expect(201);
    }
  }

  /** Hours, a card, redemptions: accounts, ledgers, records, cards and the directory all move. */
  async function busyVolunteer(name: string): Promise<void> {
    const volunteerId = await registerVolunteer(name);
    await serve(volunteerId, 5);
    await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(201);
    await staff().post('/v1/redemptions').send({ volunteerId, minutes: 30, description: '上门助洁 / cleaning help' }).expect(201);
    await serve(volunteerId, 2);
    await staff().post('/v1/redemptions').send({ volunteerId, minutes: 45, description: '陪同就医 / clinic visit' }).expect(201);
  }

  it('resumes from its checkpoint after each drop, and the views equal a replay', async () => {
    const { double } = api;
    expect(double.subscriptionStarts).toEqual(['start']);

    // 1. A transient drop (ABORTED) while four volunteers' commands stream in.
    double.dropSubscriptionsAfter(25, status.ABORTED);
    await Promise.all(['甲', '乙', '丙', '丁'].map((name) => busyVolunteer(name)));
    await waitUntil(() => double.pendingDrops === 0 && double.subscriptionStarts.length === 2, 'the subscription is dropped and resumed', PATIENCE_MS);

    // 2. A drop the adapter does not retry (UNAUTHENTICATED: access denied): the runner fails and, a second later, leads again from
    //    its PostgreSQL checkpoints. Commands keep coming meanwhile, so it restarts with a backlog to catch up on,
    //    3. into which the next drop (UNAVAILABLE) falls five events in.
    double.dropSubscriptionsAfter(10, status.UNAUTHENTICATED);
    double.dropSubscriptionsAfter(5, status.UNAVAILABLE);
    await Promise.all(['戊', '己', '庚'].map((name) => busyVolunteer(name)));
    await waitUntil(() => double.subscriptionStarts.length >= 3, 'the runner leads again after the failed subscription', PATIENCE_MS);
    await Promise.all(['辛', '壬'].map((name) => busyVolunteer(name)));
    await waitUntil(() => double.pendingDrops === 0 && double.subscriptionStarts.length === 4, 'the third drop happens and is resumed', PATIENCE_MS);
    await api.waitForProjections();

    // Each resumption began at an event the projections had been given, after the previous start: never from the start.
    const positions = new Set(double.log.all().map((event) => event.position));
    const [first, ...resumed] = double.subscriptionStarts;
    expect(first).toBe('start');
    for (const start of resumed) {
      expect(typeof start).toBe('number');
      expect(positions.has(start as number)).toBe(true);
    }
    expect(resumed as number[]).toEqual([...(resumed as number[])].sort((a, b) => a - b));
    const head = await api.headPosition();
    const { rows: checkpoints } = await pool.query<{ position: string }>('SELECT position FROM public.projection_checkpoints');
    expect(checkpoints.map((row) => Number(row.position))).toEqual(Array(ALL_PROJECTIONS.length).fill(head));

    // A fresh replay of the whole log, each projection on its own, into another schema.
    await createReadModelSchema(pool, ALL_PROJECTIONS, 'replay');
    const store = new EventStoreDbEventStore(double.connectionString);
    const replay = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(pool, store, projection, { schema: 'replay', batchSize: 50 }));
    try {
      await Promise.all(replay.map((runner) => runner.start()));
      const replayed = async () => {
        const { rows: done } = await pool.query<{ position: string }>('SELECT position FROM replay.projection_checkpoints');
        return done.length === ALL_PROJECTIONS.length && done.every((row) => Number(row.position) >= head);
      };
      for (let waited = 0; !(await replayed()); waited += 50) {
        if (waited > PATIENCE_MS) throw new Error('the replay did not reach the head');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await Promise.all(replay.map((runner) => runner.stop()));
      await store.close();
    }

    let compared = 0;
    for (const projection of ALL_PROJECTIONS) {
      for (const collection of projection.collections) {
        const live = await rows(pool, 'public', collection.name);
        expect({ collection: collection.name, rows: live }).toEqual({ collection: collection.name, rows: await rows(pool, 'replay', collection.name) });
        compared += live.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
    const accounts = await rows(pool, 'public', 'accounts');
    expect(accounts.filter((row) => row.data.creditMinutes === 7 * 60 - 75)).toHaveLength(9);
  }, 300_000);
});
