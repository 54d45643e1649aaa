import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/app';

const LIMIT = 5;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('rate limits (HTTP)', () => {
  let testApp: TestApp;
  let port: number;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    await testApp.app.listen(0, '127.0.0.1');
    port = (testApp.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(() => testApp?.close());

  /** A request sent from a given loopback address (all of 127.0.0.0/8 reaches the server), so each test is its own client. */
  const send = (from: string, path: string, token?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const headers = token === undefined ? {} : { Authorization: `Bearer ${token}` };
      get({ host: '127.0.0.1', port, path, localAddress: from, headers }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      }).on('error', reject);
    });

  it(`answers ${LIMIT} requests a minute from one address across all routes but the probes, then 429 problem+json with Retry-After`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await send('127.0.0.2', i % 2 === 0 ? '/v1/policy' : '/v1/communities')).status);
    // Unauthenticated, but counted: floods of bad tokens are limited too.
    expect(statuses).toEqual(Array(LIMIT).fill(401));

    const refused = await send('127.0.0.2', '/v1/policy');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(refused.body)).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Another address has its own budget.
    expect((await send('127.0.0.3', '/v1/policy')).status).toBe(401);
  });

  it('never limits the health probes: a liveness probe refused under load would have a healthy api restarted', async () => {
    for (let i = 0; i < LIMIT; i += 1) await send('127.0.0.4', '/v1/policy');
    expect((await send('127.0.0.4', '/v1/policy')).status).toBe(429);
    const probes: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i += 1) probes.push((await send('127.0.0.4', i % 2 === 0 ? '/health/live' : '/health')).status);
    expect(probes).toEqual(Array(3 * LIMIT).fill(200));
  });

  it('gives a token one budget, whichever addresses it comes from', async () => {
    const token = testApp.token({ sub: 'auditor-1', role: 'auditor' });
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1) statuses.push((await send(`127.0.1.${i + 1}`, '/v1/me', token)).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
  });
});
