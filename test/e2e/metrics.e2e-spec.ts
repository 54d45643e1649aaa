import { Writable } from 'node:stream';
import { openPool } from '@shiji/postgres';
import { VerificationsService } from '../../apps/api/src/features/audit/verifications.service';
import { Metrics } from '../../apps/api/src/platform/metrics/metrics';
import { startMetricsServer, type MetricsListener } from '../../apps/api/src/platform/metrics/metrics-server';
import { startTestApi, type TestApi } from '../support/api';

const NAMES = ['司马光明', '欧阳春燕'];
const PHONES = ['13811112222', '13933334444'];
const TOKEN = 'metrics-token-for-tests';

/** The value of one sample of the Prometheus text: the line `name{labels} value` whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('metrics, and logs without personal data', () => {
  let api: TestApi;
  let listener: MetricsListener;
  const log: string[] = [];
  const communityId = 'jinshui';
  const staff = () => api.as('staff', [communityId], 'staff-jinshui');
  const scrape = async (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => {
    const response = await fetch(listener.url, { headers });
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
  };

  beforeAll(async () => {
    const logDestination = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        log.push(chunk.toString());
        done();
      },
    });
    // Every line the api can write, down to trace.
    api = await startTestApi({ env: { LOG_LEVEL: 'trace', RATE_LIMIT_PER_MINUTE: '1000000' }, logDestination });
    listener = await startMetricsServer(api.app.app.get(Metrics), { port: 0, host: '127.0.0.1', token: TOKEN }, (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await listener?.close();
    await api?.close();
  });

  it('logs none of the names and phones a run used, while /metrics counts its requests by route pattern', async () => {
    await api.as('admin').post('/v1/communities').send({ communityId, name: '金水社区' }).expect(201);
    const ids: string[] = [];
    for (const [index, name] of NAMES.entries()) {
      const created = await staff().post('/v1/volunteers').send({ name, phone: PHONES[index], communityId, partyMember: true }).expect(201);
      ids.push(created.body.volunteerId);
    }
    await api.waitForProjections();
    for (const [index, name] of NAMES.entries()) {
      await staff().get(`/v1/volunteers?communityId=${communityId}&q=${encodeURIComponent(name)}`).expect(200);
      await staff().get(`/v1/volunteers?communityId=${communityId}&phone=${PHONES[index]}&name=${encodeURIComponent(name)}`).expect((response) => {
        if (response.status >= 500) throw new Error(`unexpected ${response.status}`);
      });
      await staff().get(`/v1/volunteers/${ids[index]}`).expect(200);
    }

    const written = log.join('');
    expect(written).toContain('request completed');
    expect(written).toContain('q=[redacted]');
    for (const secret of [...NAMES, ...PHONES, ...NAMES.map(encodeURIComponent)]) expect(written).not.toContain(secret);

    const { status, text, type } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(sample(text, 'shiji_http_request_duration_seconds_count', { method: 'POST', route: '/v1/volunteers', status: '201' })).toBe(2);
    expect(sample(text, 'shiji_http_request_duration_seconds_count', { method: 'GET', route: '/v1/volunteers/:volunteerId', status: '200' })).toBe(2);
    expect(sample(text, 'shiji_http_request_duration_seconds_count', { method: 'GET', route: '/v1/volunteers', status: '200' })).toBeGreaterThanOrEqual(2);
    // Never a raw path or a query value as a label.
    expect(text).not.toContain(ids[0]);
    for (const secret of [...NAMES, ...PHONES]) expect(text).not.toContain(secret);
    expect(sample(text, 'shiji_event_store_append_duration_seconds_count', { outcome: 'appended' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'shiji_db_pool_connections', { pool: 'shiji-api', state: 'max' })).toBe(10);
    expect(sample(text, 'shiji_db_pool_connections', { pool: 'shiji-event-store', state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'shiji_projection_lag_events', { projection: 'accounts' })).toBe(0);
    expect(sample(text, 'shiji_projection_checkpoint_position', { projection: 'accounts' })).toBeGreaterThan(0);
    expect(sample(text, 'shiji_pending_moves')).toBe(0);
    expect(sample(text, 'shiji_pending_moves_oldest_seconds')).toBe(0);
    // No verification has finished: no result series, rather than a 0 that would read as a failure.
    expect(text).toContain('# TYPE shiji_verification_last_result gauge');
    expect(sample(text, 'shiji_verification_last_result')).toBeUndefined();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('labels requests that matched no route as unmatched, and counts append conflicts', async () => {
    await api.anonymous().get('/v1/no/such/place-13811112222').expect(404);
    await expect(
      api.store.appendToStream('metrics-probe', [{ eventId: '00000000-0000-4000-8000-00000000abcd', type: 'Probe', version: 1, data: {}, metadata: { occurredAt: new Date().toISOString(), actor: { id: 'a', role: 'admin' }, commandId: 'c', correlationId: 'c', causationId: 'c' } }], { expectedRevision: 4 }),
    ).rejects.toThrow();

    const { text } = await scrape();
    expect(sample(text, 'shiji_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBe(1);
    expect(text).not.toContain('/no/such/place');
    expect(sample(text, 'shiji_event_store_append_conflicts_total')).toBe(1);
    expect(sample(text, 'shiji_event_store_append_duration_seconds_count', { outcome: 'conflict' })).toBe(1);
  });

  it('reports a failed verification as a metric, an error line and in /health, and a good one too', async () => {
    const verify = async () => {
      const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
      await api.app.app.get(VerificationsService).settled();
      return (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body as { status: string; verificationId: string };
    };
    await api.waitForProjections();
    const good = await verify();
    expect(good.status).toBe('equal');
    expect((await api.anonymous().get('/health').expect(200)).body.verification).toEqual({ status: 'equal', verificationId: good.verificationId, finishedAt: expect.any(String) });
    expect(sample((await scrape()).text, 'shiji_verification_last_result', { result: 'equal' })).toBe(1);

    const pool = openPool({ connectionString: api.app.database.url, max: 1 });
    try {
      await pool.query("UPDATE rm_volunteers SET data = jsonb_set(data, '{partyMember}', 'false')");
    } finally {
      await pool.end();
    }
    const bad = await verify();
    expect(bad.status).toBe('different');

    const health = await api.anonymous().get('/health').expect(200);
    expect(health.body.verification).toMatchObject({ status: 'different', verificationId: bad.verificationId });
    const { text } = await scrape();
    expect(sample(text, 'shiji_verification_last_result', { result: 'different' })).toBe(1);
    expect(sample(text, 'shiji_verification_last_result', { result: 'equal' })).toBeUndefined();
    expect(sample(text, 'shiji_verifications_total', { result: 'equal' })).toBe(1);
    expect(sample(text, 'shiji_verifications_total', { result: 'different' })).toBe(1);
    expect(sample(text, 'shiji_verification_last_finished_timestamp_seconds', { result: 'different' })).toBeGreaterThan(Date.now() / 1000 - 60);
    const errors = log.flatMap((line) => line.split('\n')).filter((line) => line.includes('"level":50') && line.includes(bad.verificationId));
    expect(errors).toHaveLength(1);
  });

  it('answers a scrape without the token with 401, and anything but GET /metrics with 404', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer wrong-token-of-same-size' })).status).toBe(401);
    expect((await fetch(listener.url.replace('/metrics', '/v1/volunteers'), { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe('metrics of rate-limit refusals', () => {
  it('counts each 429 by route', async () => {
    const api = await startTestApi({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await api.anonymous().get('/v1/communities')).status);
      expect(statuses.filter((status) => status === 429)).toHaveLength(2);
      const text = await api.app.app.get(Metrics).registry.metrics();
      expect(sample(text, 'shiji_rate_limit_refusals_total', { route: '/v1/communities' })).toBe(2);
    } finally {
      await api.close();
    }
  });
});
