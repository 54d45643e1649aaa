import request from 'supertest';
import { POLICY_STREAM } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { StreamHeads } from '../../apps/api/src/write-side/stream-heads';
import { startTestApi, type TestApi } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';

/** Repeats `attempt` until it returns true, for at most `ms`; returns how long it took, or null. */
async function within(ms: number, attempt: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await attempt()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/**
 * Two api instances on one database, as a deployment with two processes.
 * Each keeps recently used streams' states and serves reference reads (a
 * staff member's grants, the volunteer a record names) from them while its
 * watch of the log shows nothing newer: a change made through the other
 * instance must reach it within moments, never be missed.
 */
describe('two api instances on one database', () => {
  let a: TestApi;
  let b: TestApp;
  const communityId = 'beixiajie';
  let volunteerId: string;

  beforeAll(async () => {
    a = await startTestApi();
    b = await createTestApp({ sameDatabaseAs: a.app });
    await a.as('admin').post('/v1/communities').send({ communityId, name: '北下街社区' }).expect(201);
    await a.as('admin').post('/v1/staff').send({ staffId: 'wang', name: '王', communityIds: [communityId] }).expect(201);
    const registered = await a.as('staff', [communityId], 'wang').post('/v1/volunteers').send({ name: '张三', phone: '13812345678', communityId }).expect(201);
    volunteerId = registered.body.volunteerId;
    await a.waitForProjections();
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const onB = () => request(b.server);
  const wangOnB = (token: string) => onB().get(`/v1/volunteers/${volunteerId}/account`).set('Authorization', `Bearer ${token}`);

  it('a grant revoked through one instance binds the same token on the other within moments', async () => {
    const token = b.token({ sub: 'wang', role: 'staff', communities: [communityId] });
    await wangOnB(token).expect(200);
    await wangOnB(token).expect(200);

    await a.as('admin').delete(`/v1/staff/wang/grants/${communityId}`).expect(200);

    const tookMs = await within(2_000, async () => (await wangOnB(token)).status === 403);
    expect(tookMs).not.toBeNull();
    const refused = await wangOnB(token).expect(403);
    expect(refused.body.code).toBe('OUT_OF_SCOPE');
  });

  it('a volunteer suspended through one instance cannot be credited through the other', async () => {
    const token = b.token({ sub: 'admin-b', role: 'admin' });
    const record = (day: number) =>
      onB()
        .post('/v1/service-records')
        .set('Authorization', `Bearer ${token}`)
        .send({ volunteerId, category: 'other', startedAt: new Date(Date.UTC(2025, 0, day, 1)).toISOString(), minutes: 30, verify: true });
    await record(1).expect(201);

    await a.as('admin').post(`/v1/volunteers/${volunteerId}/suspension`).send({ reason: '核查 / under review' }).expect(201);

    let day = 2;
    const tookMs = await within(2_000, async () => (await record(day++)).status === 409);
    expect(tookMs).not.toBeNull();
    const refused = await record(day++).expect(409);
    expect(refused.body.code).toBe('VOLUNTEER_SUSPENDED');
  });

  it('reads a street\'s default policy once, and sees the first change made through the other instance within moments', async () => {
    // Another volunteer: the first is suspended by now.
    const { volunteerId: secondId } = (await a.as('admin').post('/v1/volunteers').send({ name: '李四', phone: '13812345679', communityId }).expect(201)).body;
    const token = b.token({ sub: 'admin-b', role: 'admin' });
    const record = (day: number) =>
      onB()
        .post('/v1/service-records')
        .set('Authorization', `Bearer ${token}`)
        .send({ volunteerId: secondId, category: 'other', startedAt: new Date(Date.UTC(2025, 1, day, 1)).toISOString(), minutes: 30, verify: true });
    await record(1).expect(201);
    const store = b.app.get<EventStore>(EVENT_STORE);
    const reads = jest.spyOn(store, 'readStream');
    try {
      await record(2).expect(201);
      await record(3).expect(201);
      expect(reads.mock.calls.filter(([streamId]) => streamId === POLICY_STREAM)).toEqual([]);
    } finally {
      reads.mockRestore();
    }

    // The policy stream's first event, appended through the other instance.
    await a.as('admin').put('/v1/policy/separate-verifier').send({ requireSeparateVerifier: true }).expect(200);
    let day = 4;
    const tookMs = await within(2_000, async () => (await record(day++)).status === 403);
    expect(tookMs).not.toBeNull();
    expect((await record(day++).expect(403)).body.code).toBe('SEPARATE_VERIFIER_REQUIRED');
    await a.as('admin').put('/v1/policy/separate-verifier').send({ requireSeparateVerifier: false }).expect(200);
  });

  it('keeps no watch for ids that name nothing, however many are asked for', async () => {
    const heads = b.app.get(StreamHeads);
    const before = heads.watching;
    const admin = b.token({ sub: 'admin-b', role: 'admin' });
    for (let i = 0; i < 50; i += 1) {
      await onB().get(`/v1/volunteers/nobody-${i}/account`).set('Authorization', `Bearer ${admin}`).expect(404);
      const card = await onB().post(`/v1/volunteers/nobody-${i}/card`).set('Authorization', `Bearer ${admin}`).expect(404);
      expect(card.body.code).toBe('VOLUNTEER_NOT_FOUND');
    }
    await onB().get('/v1/me').set('Authorization', `Bearer ${b.token({ sub: 'no-such-staff', role: 'staff', communities: [communityId] })}`).expect(401);
    expect(heads.watching).toBe(before);
  });
});
