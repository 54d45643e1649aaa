import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenService } from '../../apps/api/src/platform/auth/token.service';
import { loadConfig } from '../../apps/api/src/platform/config/load-config';
import { startTestApi } from '../support/api';
import { buildForStart, runScript, type RunningScript } from '../support/child-process';
import { createTestDatabase, type TestDatabase } from '../support/database';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN}-01`;

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

/** The log's metadata of a community's registration, through the auditors' stream route. */
async function registrationMetadata(get: (path: string) => Promise<{ body: { items: Array<{ metadata: Record<string, unknown> }> } }>, communityId: string) {
  const stream = await get(`/v1/audit/streams/community-${communityId}`);
  return stream.body.items[0].metadata;
}

describe('traceparent', () => {
  it('is carried into the events’ metadata as the caller sent it when tracing is off, and ignored when malformed', async () => {
    const api = await startTestApi();
    try {
      await api.as('admin').post('/v1/communities').set('traceparent', TRACEPARENT).send({ communityId: 'traced', name: '追踪社区' }).expect(201);
      await api.as('admin').post('/v1/communities').set('traceparent', '00-zz-not-a-trace').send({ communityId: 'untraced', name: '未追踪社区' }).expect(201);
      const get = (path: string) => api.as('auditor').get(path).expect(200);

      expect(await registrationMetadata(get, 'traced')).toMatchObject({ traceparent: TRACEPARENT, correlationId: expect.any(String) });
      expect(await registrationMetadata(get, 'untraced')).not.toHaveProperty('traceparent');
    } finally {
      await api.close();
    }
  });
});

describe('OpenTelemetry traces with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let collector: Server;
  let database: TestDatabase;
  let dataDir: string;
  let api: RunningScript | undefined;
  const received: ExportedSpan[] = [];

  beforeAll(async () => {
    buildForStart();
    // An OTLP/HTTP receiver on loopback, as a collector would be.
    collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/v1/traces') {
          const payload = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: ExportedSpan[] }> }> };
          for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) received.push(...scope.spans);
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'shiji-tracing-'));
  }, 180_000);

  afterAll(async () => {
    if (api && api.child.exitCode === null) api.child.kill('SIGKILL');
    collector.close();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exports a server span per request, child of the caller’s traceparent, whose context the events carry; /metrics answers beside it', async () => {
    const secret = 's'.repeat(40);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      JWT_SECRET: secret,
      PORT: '0',
      HOST: '127.0.0.1',
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
    };
    const running = runScript('start.js', [], env);
    api = running;
    await running.waitFor('"msg":"metrics listening"');
    const line = (message: string) => JSON.parse(running.output().split('\n').find((entry) => entry.includes(`"msg":"${message}"`))!) as { url: string };
    const base = line('api listening').url;
    const metricsUrl = line('metrics listening').url;

    const tokens = new TokenService(await loadConfig({ JWT_SECRET: secret, DATA_DIR: dataDir }));
    const auth = (role: 'admin' | 'auditor') => ({ authorization: `Bearer ${tokens.issue({ sub: `${role}-1`, role }).token}` });
    const created = await fetch(`${base}/v1/communities`, {
      method: 'POST',
      headers: { ...auth('admin'), 'content-type': 'application/json', traceparent: TRACEPARENT },
      body: JSON.stringify({ communityId: 'otel', name: '遥测社区' }),
    });
    expect(created.status).toBe(201);
    const metadata = await registrationMetadata(async (path) => ({ body: (await (await fetch(`${base}${path}`, { headers: auth('auditor') })).json()) as { items: Array<{ metadata: Record<string, unknown> }> } }), 'otel');
    const scrape = await fetch(metricsUrl).then((response) => response.text());
    expect(scrape).toMatch(/shiji_http_request_duration_seconds_count\{method="POST",route="\/v1\/communities",status="201"\} 1/);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);

    const server = received.find((span) => span.name === 'POST /v1/communities');
    expect(server).toMatchObject({ traceId: TRACE_ID, parentSpanId: CALLER_SPAN });
    expect(server!.attributes).toEqual(expect.arrayContaining([{ key: 'http.route', value: { stringValue: '/v1/communities' } }]));
    expect(metadata.traceparent).toBe(`00-${TRACE_ID}-${server!.spanId}-01`);
  }, 90_000);
});
