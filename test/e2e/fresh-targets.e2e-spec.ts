import { Client } from 'pg';
import { startTestApi, type TestApi } from '../support/api';

/**
 * A command naming something written a moment ago (a record to verify) finds
 * it in the views after letting them catch up. On PostgreSQL a transaction
 * open elsewhere holds back what subscribers see: an append that commits
 * meanwhile is stored but not yet projected. The lookup must wait for the
 * views to reach the last committed event, not stop at the head subscribers
 * see, or it calls the record unknown.
 */
describe('commands naming a target written a moment ago', () => {
  let api: TestApi;
  let holder: Client;
  const communityId = 'xinjiekou';
  let volunteerId: string;

  const staff = () => api.as('staff', [communityId], 'zhou');

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '新街口社区' }).expect(201);
    volunteerId = (await staff().post('/v1/volunteers').send({ name: '孙七', phone: '13812345678', communityId }).expect(201)).body.volunteerId;
    await api.waitForProjections();
    holder = new Client({ connectionString: api.app.database.url });
    await holder.connect();
  });

  afterAll(async () => {
    await holder?.end();
    await api?.close();
  });

  /**
   * Runs `work` while an open transaction with a transaction id holds back
   * what subscribers see (nothing committed after it began); `releaseIn(ms)`
   * ends it that much later and resolves once it has ended.
   */
  async function whileViewsHeldBack(work: (releaseIn: (ms: number) => Promise<void>) => Promise<void>): Promise<void> {
    await holder.query('BEGIN');
    await holder.query('SELECT pg_current_xact_id()');
    let released = false;
    const releaseIn = (ms: number) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          released = true;
          void holder.query('ROLLBACK').then(() => resolve());
        }, ms),
      );
    try {
      await work(releaseIn);
    } finally {
      if (!released) await holder.query('ROLLBACK');
    }
  }

  it('verifies a record recorded while another transaction held the views back, once they can see it', async () => {
    await whileViewsHeldBack(async (releaseIn) => {
      const recorded = await staff()
        .post('/v1/service-records')
        .send({ volunteerId, category: 'other', startedAt: '2025-06-01T01:00:00.000Z', minutes: 45 })
        .expect(201);
      expect(await api.store.headPosition()).toBeLessThan(recorded.body.position);
      expect(await api.store.lastCommittedPosition()).toBe(recorded.body.position);

      const release = releaseIn(300);
      const started = Date.now();
      const verified = await staff().post(`/v1/service-records/${recorded.body.recordId}/verify`);
      await release;

      expect(verified.status).toBe(200);
      // It waited for the views instead of answering 404 at once.
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      const account = await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(verified.body.position)).expect(200);
      expect(account.body.lifetimeMinutes).toBe(45);
    });
  });

  it('judges a reader who has seen a change of ownership (X-Min-Position) on views that applied it, even while they lag', async () => {
    const month = '2025-05';
    await api.as('admin').post('/v1/units').send({ unitId: 'ft-hospital', communityId, name: '第一医院', kind: 'hospital' }).expect(201);
    const linked = await staff().put('/v1/units/ft-hospital').send({ liaisonVolunteerId: volunteerId }).expect(200);
    const liaison = () => api.as('volunteer', undefined, volunteerId);
    const path = `/v1/units/ft-hospital/monthly-records/${month}`;
    // Linked, the liaison officer is in scope (the month has no record yet: 404, not 403).
    expect((await liaison().get(path).set('X-Min-Position', String(linked.body.position)).expect(404)).body.code).not.toBe('OUT_OF_SCOPE');

    await whileViewsHeldBack(async (releaseIn) => {
      const unlinked = await staff().put('/v1/units/ft-hospital').send({ liaisonVolunteerId: null }).expect(200);
      // The unlinking is stored but the views cannot see it yet: they still name the volunteer as liaison officer.
      expect(await api.store.headPosition()).toBeLessThan(unlinked.body.position);
      const release = releaseIn(300);
      const read = await liaison().get(path).set('X-Min-Position', String(unlinked.body.position));
      await release;
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('OUT_OF_SCOPE');
    });
  });
});
