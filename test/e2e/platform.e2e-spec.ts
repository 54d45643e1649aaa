import { Global, Module } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { PROJECTION_STATUS, type ProjectionStatus } from '../../apps/api/src/platform/health/projection-status.port';
import { BODY_LIMIT_BYTES } from '../../apps/api/src/platform/http/http-adapter';
import { createTestApp, type TestApp } from '../support/app';
import { ProbeModule } from './platform-probe.module';

const PROBLEM_JSON = /^application\/problem\+json/;

function expectProblem(response: request.Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  expect(response.body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:shiji:problem:/) });
  // Chinese first, then English.
  expect(response.body.title).toMatch(/^\S.* \/ [A-Za-z]/);
  expect(response.body.detail).toEqual(expect.stringContaining(' / '));
}

describe('platform (HTTP)', () => {
  let testApp: TestApp;
  let http: () => ReturnType<typeof request>;

  beforeAll(async () => {
    testApp = await createTestApp({ imports: [ProbeModule] });
    http = () => request(testApp.server);
  });

  afterAll(() => testApp?.close());

  describe('public routes', () => {
    it('answers GET /health without a token', async () => {
      const response = await http().get('/health').expect(200);
      expect(response.body).toEqual({
        status: 'up',
        reasons: [],
        database: { status: 'up' },
        eventStore: { status: 'up' },
        projections: { status: 'up', lag: 0, lagSeconds: 0, projections: expect.any(Array) },
        transfers: { status: 'up', pending: 0, oldestPendingSeconds: null },
        verification: { status: 'none' },
      });
      // One entry per projection, each at the (empty) log's head.
      expect(response.body.projections.projections.length).toBeGreaterThan(0);
      for (const projection of response.body.projections.projections) {
        expect(projection).toEqual({ name: expect.any(String), checkpoint: 0, head: 0, lag: 0 });
      }
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('sends the security headers on every answer', async () => {
      for (const response of [await http().get('/health/live').expect(200), await http().get('/v1/me').expect(401)]) {
        expect(response.headers).toMatchObject({
          'content-security-policy': expect.stringContaining("default-src 'self'"),
          'strict-transport-security': expect.stringContaining('max-age='),
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'cross-origin-opener-policy': 'same-origin',
          'referrer-policy': 'no-referrer',
        });
        expect(response.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('answers GET /health/live without a token and without asking the database', async () => {
      const response = await http().get('/health/live').expect(200);
      expect(response.body).toEqual({ status: 'up' });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('serves the OpenAPI document with bearer auth declared', async () => {
      const response = await http().get('/docs-json').expect(200);
      expect(response.body.openapi).toMatch(/^3\./);
      expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(response.body.security).toEqual([{ bearer: [] }]);
      expect(response.body.paths['/v1/me'].get).toBeDefined();
      expect(response.body.paths['/health'].get.security).toEqual([{}]);
    });

    it('serves Swagger UI', async () => {
      const page = await http().get('/docs').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      await http().get('/docs/swagger-ui-bundle.js').expect(200);
      await http().get('/docs/swagger-initializer.js').expect(200);
    });
  });

  describe('authentication', () => {
    it('refuses a protected route without a token', async () => {
      const response = await http().get('/v1/me');
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.headers['www-authenticate']).toBe('Bearer realm="shiji"');
      expect(response.body.instance).toBe('/v1/me');
    });

    it('gives the principal of a valid token', async () => {
      // Staff tokens speak only for registered staff (see test/e2e/access.e2e-spec.ts).
      for (const communityId of ['c1', 'c2']) await http().post('/v1/communities').auth(testApp.token(), { type: 'bearer' }).send({ communityId, name: communityId }).expect(201);
      await http().post('/v1/staff').auth(testApp.token(), { type: 'bearer' }).send({ staffId: 'alice', name: 'Alice', communityIds: ['c1', 'c2'] }).expect(201);
      const issued = testApp.tokens.issue({ sub: 'alice', role: 'staff', communities: ['c1', 'c2'] });
      const response = await http().get('/v1/me').auth(issued.token, { type: 'bearer' }).expect(200);
      expect(response.body).toEqual({ id: 'alice', role: 'staff', communities: ['c1', 'c2'], tokenId: issued.tokenId, sessionId: null });
    });

    it('refuses a tampered token', async () => {
      const [header, payload, signature] = testApp.token({ role: 'volunteer' }).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
      const response = await http().get('/v1/me').auth(`${header}.${forged}.${signature}`, { type: 'bearer' });
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    });

    it('refuses an expired token', async () => {
      const issued = testApp.tokens.issue({ sub: 'alice', role: 'admin', ttlSeconds: 60 }, new Date(Date.now() - 3_600_000));
      const response = await http().get('/v1/me').auth(issued.token, { type: 'bearer' });
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.body.detail).toContain('expired');
    });

    it('refuses tokens signed with another secret, unsigned, or of the wrong shape', async () => {
      const claims = { sub: 'alice', role: 'admin', communities: [], jti: 'j1', exp: Math.floor(Date.now() / 1000) + 600 };
      const otherSecret = jwt.sign(claims, 'another-secret-that-is-long-enough-000');
      const unsigned = jwt.sign(claims, '', { algorithm: 'none' });
      const wrongRole = jwt.sign({ ...claims, role: 'root' }, testApp.config.jwtSecret);
      const noExpiry = jwt.sign({ sub: 'alice', role: 'admin', communities: [], jti: 'j1' }, testApp.config.jwtSecret);
      for (const token of [otherSecret, unsigned, wrongRole, noExpiry, 'not-a-jwt']) {
        expectProblem(await http().get('/v1/me').auth(token, { type: 'bearer' }), 401, 'UNAUTHENTICATED');
      }
      expectProblem(await http().get('/v1/me').set('authorization', 'Basic YWxpY2U6c2VjcmV0'), 401, 'UNAUTHENTICATED');
    });
  });

  describe('authorisation', () => {
    it('refuses a role the route does not allow', async () => {
      const response = await http().get('/probe/admin-only').auth(testApp.token({ role: 'volunteer' }), { type: 'bearer' });
      expectProblem(response, 403, 'FORBIDDEN');
    });

    it('lets an allowed role in', async () => {
      await http().get('/probe/admin-only').auth(testApp.token({ role: 'admin' }), { type: 'bearer' }).expect(200, { ok: true });
    });
  });

  describe('errors', () => {
    const post = () => http().post('/probe').auth(testApp.token(), { type: 'bearer' });

    it('accepts a valid body', async () => {
      await post().send({ name: 'tea', minutes: 30 }).expect(201, { name: 'tea', minutes: 30 });
    });

    it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
      const response = await post().set('content-type', 'application/json').send('{"name": "tea",');
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.title).toBe('请求参数无效 / Request validation failed');
    });

    it('answers an empty JSON body with 400', async () => {
      expectProblem(await post().set('content-type', 'application/json').send(''), 400, 'VALIDATION_FAILED');
    });

    it('answers a missing body with 400', async () => {
      expectProblem(await post(), 400, 'VALIDATION_FAILED');
    });

    it('lists each invalid field', async () => {
      const response = await post().send({ name: 7, minutes: 0 });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'name', constraint: 'isString' }),
          expect.objectContaining({ field: 'minutes', constraint: 'min' }),
        ]),
      );
    });

    it('refuses unknown fields', async () => {
      const response = await post().send({ name: 'tea', minutes: 30, admin: true });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'admin', constraint: 'whitelistValidation' })]);
    });

    it('refuses a body that is not an object', async () => {
      expectProblem(await post().send([1, 2]), 400, 'VALIDATION_FAILED');
      expectProblem(await post().set('content-type', 'application/json').send('"tea"'), 400, 'VALIDATION_FAILED');
    });

    it('answers a body that is not JSON with 415', async () => {
      expectProblem(await post().set('content-type', 'text/plain').send('name=tea'), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expectProblem(await post().type('form').send('name=tea'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers a body over the limit with 413', async () => {
      const response = await post().send({ name: 'x'.repeat(BODY_LIMIT_BYTES), minutes: 1 });
      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    });

    // Outside /v1, /docs and /health a GET is the web app's (history fallback; test/e2e/web-app.e2e-spec.ts).
    it('answers an unknown api route with 404, with or without a token', async () => {
      const response = await http().get('/v1/no/such/route');
      expectProblem(response, 404, 'NOT_FOUND');
      expect(response.body.instance).toBe('/v1/no/such/route');
      expectProblem(await http().delete('/v1/no/such/route').auth(testApp.token(), { type: 'bearer' }), 404, 'NOT_FOUND');
    });

    it('answers a method a known path does not take with 405 and the methods it does take', async () => {
      for (const [method, path, allow] of [
        ['delete', '/v1/me', 'GET, HEAD'],
        ['patch', '/v1/communities', 'GET, HEAD, POST'],
        ['put', '/v1/volunteers/some-volunteer', 'GET, HEAD'],
        ['get', '/v1/sessions', 'POST'],
      ] as const) {
        const response = await http()[method](path).auth(testApp.token(), { type: 'bearer' });
        expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
        expect(response.headers.allow).toBe(allow);
        expect(response.body.detail).toContain(allow);
      }
    });

    it('answers a malformed URL with 400', async () => {
      expectProblem(await http().get('/v1/%E0%A4%A'), 400, 'VALIDATION_FAILED');
    });

    it('maps a ProblemError with its status, code and extensions, never overriding standard members', async () => {
      const response = await http().get('/probe/problem').auth(testApp.token(), { type: 'bearer' });
      expectProblem(response, 409, 'INSUFFICIENT_CREDITS');
      expect(response.body).toMatchObject({ title: '余额不足 / Insufficient credits', detail: '余额 30 分钟，需要 60 分钟 / Balance is 30 minutes, 60 are needed', balance: 30 });
    });

    it('answers an unexpected error with 500 INTERNAL_ERROR and nothing of its message', async () => {
      const response = await http().get('/probe/crash').auth(testApp.token(), { type: 'bearer' });
      expectProblem(response, 500, 'INTERNAL_ERROR');
      expect(JSON.stringify(response.body)).not.toMatch(/secret|postgres|leaked|at /);
      expect(response.body.requestId).toBe(response.headers['x-request-id']);
    });
  });

  describe('request ids', () => {
    it('echoes a well-formed X-Request-Id', async () => {
      const response = await http().get('/health').set('x-request-id', 'abc-123.def:4').expect(200);
      expect(response.headers['x-request-id']).toBe('abc-123.def:4');
    });

    it('generates one when absent or malformed, on errors too', async () => {
      const generated = await http().get('/health');
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const replaced = await http().get('/v1/me').set('x-request-id', 'bad id <script>');
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(replaced.body.requestId).toBe(replaced.headers['x-request-id']);
    });
  });
});

describe('platform health', () => {
  it('reports projection lag when the projections provide their status', async () => {
    const status: ProjectionStatus = {
      lag: async () => [
        { name: 'accounts', checkpoint: 7, head: 10 },
        { name: 'directory', checkpoint: 10, head: 10 },
      ],
    };
    @Global()
    @Module({ providers: [{ provide: PROJECTION_STATUS, useValue: status }], exports: [PROJECTION_STATUS] })
    class FakeProjectionsModule {}

    const testApp = await createTestApp({ imports: [FakeProjectionsModule] });
    try {
      const response = await request(testApp.server).get('/health').expect(200);
      expect(response.body.projections).toEqual({
        status: 'up',
        lag: 3,
        lagSeconds: 0,
        projections: [
          { name: 'accounts', checkpoint: 7, head: 10, lag: 3 },
          { name: 'directory', checkpoint: 10, head: 10, lag: 0 },
        ],
      });
    } finally {
      await testApp.close();
    }
  });

  it('reports degraded, and why, once the views fall further behind than HEALTH_MAX_LAG_EVENTS', async () => {
    const status: ProjectionStatus = { lag: async () => [{ name: 'accounts', checkpoint: 0, head: 3 }] };
    @Global()
    @Module({ providers: [{ provide: PROJECTION_STATUS, useValue: status }], exports: [PROJECTION_STATUS] })
    class StalledProjectionsModule {}

    const testApp = await createTestApp({ imports: [StalledProjectionsModule], env: { HEALTH_MAX_LAG_EVENTS: '2' } });
    try {
      const response = await request(testApp.server).get('/health').expect(200);
      expect(response.body.status).toBe('degraded');
      expect(response.body.projections).toMatchObject({ status: 'lagging', lag: 3 });
      expect(response.body.reasons).toEqual([expect.stringMatching(/^视图落后于日志 3 条事件.* \/ views 3 events and \d+ s behind the log$/)]);
    } finally {
      await testApp.close();
    }
  });

  it('answers 503 when the database is gone', async () => {
    // Only the api's own pools meet the dropped database: no projection runners.
    const testApp = await createTestApp({ env: { PROJECTIONS_IN_PROCESS: 'false' } });
    try {
      await testApp.database.drop();
      const response = await request(testApp.server).get('/health').expect(503);
      expect(response.body).toMatchObject({ status: 'down', database: { status: 'down', reason: 'error' }, eventStore: { status: 'down', reason: 'error' } });
      expect(response.body.reasons).toEqual(['数据库出错 / database failing', '事件存储出错 / event store failing']);
    } finally {
      await testApp.close();
    }
  });
});
