import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { canonicalJson } from '@shiji/event-store';
import { PRESENCE_LOCK_CLASS } from '../../apps/api/src/write-side/idempotency/instance-presence';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

/**
 * A keyed request whose answer was lost (the process died after appending,
 * before it stored the answer) leaves its claim pending under an instance
 * that no longer exists. These tests leave the database exactly in that
 * state and retry: the same key must give the same answer, within a bounded
 * wait, and never append twice. The fault suite does the same with a real
 * kill -9.
 */
describe('keyed retries after a lost answer', () => {
  let api: TestApi;
  let db: Client;
  const communityId = 'retry-test';
  let slot = 0;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.app.database.url });
    await db.connect();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '重试社区' }).expect(201);
  });

  afterAll(async () => {
    await db?.end();
    await api?.close();
  });

  const staff = () => api.as('staff', [communityId]);

  async function volunteer(): Promise<string> {
    const response = await staff().post('/v1/volunteers').send({ name: '周九', phone: uniquePhone(), communityId }).expect(201);
    return response.body.volunteerId as string;
  }

  function recordBody(volunteerId: string) {
    slot += 1;
    return { volunteerId, category: 'culture', startedAt: new Date(Date.UTC(2025, 5, 1) + slot * 7_200_000).toISOString(), minutes: 30, verify: true };
  }

  /** What a crash between the append and storing the answer leaves: a pending claim of a process that is gone. */
  async function loseAnswer(key: string, owner = 'f0000000-0000-4000-8000-00000000dead'): Promise<void> {
    const { rowCount } = await db.query(`UPDATE idempotency_keys SET state = 'pending', response = NULL, completed_at = NULL, owner = $2 WHERE key = $1`, [key, owner]);
    expect(rowCount).toBe(1);
  }

  it('answers a retry of a committed record with the first answer (201, same body) and appends nothing more', async () => {
    const body = recordBody(await volunteer());
    const first = await staff().post('/v1/service-records').set('Idempotency-Key', 'lost-1').send(body).expect(201);
    await loseAnswer('lost-1');
    const head = await api.headPosition();

    const started = Date.now();
    const retry = await staff().post('/v1/service-records').set('Idempotency-Key', 'lost-1').send(body).expect(201);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(retry.body).toEqual(first.body);
    expect(await api.headPosition()).toBe(head);
    // And the answer is stored now: a third copy is a plain replay.
    const third = await staff().post('/v1/service-records').set('Idempotency-Key', 'lost-1').send(body).expect(201);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(third.body).toEqual(first.body);
  });

  it('runs a request that died before appending anything, once', async () => {
    const body = recordBody(await volunteer());
    const fingerprint = createHash('sha256').update(`POST /v1/service-records\n${canonicalJson(body)}`).digest('hex');
    await db.query(`INSERT INTO idempotency_keys (scope, key, request_hash, state, owner) VALUES ('staff-test', 'died-early', $1, 'pending', 'f0000000-0000-4000-8000-00000000dead')`, [fingerprint]);
    const head = await api.headPosition();

    const response = await staff().post('/v1/service-records').set('Idempotency-Key', 'died-early').send(body).expect(201);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    const { rows } = await db.query<{ type: string }>(`SELECT type FROM shiji_events WHERE position > $1 ORDER BY position`, [head]);
    expect(rows.map((row) => row.type)).toEqual(['ServiceRecorded', 'ServiceVerified']);
  });

  it('waits for a request still being served by a live instance, and answers with its answer', async () => {
    const body = recordBody(await volunteer());
    const first = await staff().post('/v1/service-records').set('Idempotency-Key', 'slow-1').send(body).expect(201);
    const liveOwner = 'a0000000-0000-4000-8000-0000000a11fe';
    const presence = new Client({ connectionString: api.app.database.url });
    await presence.connect();
    try {
      await presence.query('SELECT pg_advisory_lock($1, hashtext($2))', [PRESENCE_LOCK_CLASS, liveOwner]);
      const { rows } = await db.query<{ response: unknown }>(`SELECT response FROM idempotency_keys WHERE key = 'slow-1'`);
      await loseAnswer('slow-1', liveOwner);
      const retry = staff().post('/v1/service-records').set('Idempotency-Key', 'slow-1').send(body);
      // The live owner answers a moment later.
      setTimeout(() => void db.query(`UPDATE idempotency_keys SET state = 'done', response = $1 WHERE key = 'slow-1'`, [JSON.stringify(rows[0].response)]), 700);
      const started = Date.now();
      const answered = await retry.expect(201);
      expect(Date.now() - started).toBeGreaterThanOrEqual(600);
      expect(answered.headers['idempotent-replayed']).toBe('true');
      expect(answered.body).toEqual(first.body);
    } finally {
      await presence.end();
    }
  });

  it('takes over a claim a live instance has held too long, and still answers as the first time', async () => {
    const body = recordBody(await volunteer());
    const first = await staff().post('/v1/service-records').set('Idempotency-Key', 'stuck-1').send(body).expect(201);
    const liveOwner = 'b0000000-0000-4000-8000-0000000a11fe';
    const presence = new Client({ connectionString: api.app.database.url });
    await presence.connect();
    try {
      await presence.query('SELECT pg_advisory_lock($1, hashtext($2))', [PRESENCE_LOCK_CLASS, liveOwner]);
      await loseAnswer('stuck-1', liveOwner);
      await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '11 seconds' WHERE key = 'stuck-1'`);
      const retry = await staff().post('/v1/service-records').set('Idempotency-Key', 'stuck-1').send(body).expect(201);
      expect(retry.body).toEqual(first.body);
    } finally {
      await presence.end();
    }
  });

  it('frees the key of a request refused before it changed anything, so a corrected body may use it', async () => {
    const volunteerId = await volunteer();
    await staff().post('/v1/service-records').set('Idempotency-Key', 'typo-1').send({ ...recordBody(volunteerId), minutes: 0 }).expect(400);
    await staff().post('/v1/service-records').set('Idempotency-Key', 'typo-1').send(recordBody(volunteerId)).expect(201);
  });
});
