import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics';
import type { MetricsSettings } from './metrics-settings';

export interface MetricsListener {
  /** e.g. http://127.0.0.1:9464/metrics */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * GET /metrics in Prometheus' text format, on a listener of its own: not
 * the api's port, so a reverse proxy in front of the api never exposes it,
 * and the api's rate limit and access guard never see a scrape. With a
 * token, a scrape without `Authorization: Bearer <token>` is 401.
 */
export async function startMetricsServer(metrics: Metrics, settings: MetricsSettings & { port: number }, onError: (error: unknown) => void): Promise<MetricsListener> {
  const expected = settings.token === undefined ? undefined : Buffer.from(`Bearer ${settings.token}`);
  const server = createServer((request, response) => {
    void answer(request, response, metrics, expected).catch((error: unknown) => {
      onError(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('metrics collection failed\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, metrics: Metrics, expected: Buffer | undefined): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: GET /metrics\n');
    return;
  }
  if (expected && !sameSecret(request.headers.authorization, expected)) {
    response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('a bearer token (METRICS_TOKEN) is required\n');
    return;
  }
  const body = await metrics.registry.metrics();
  response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sameSecret(given: string | undefined, expected: Buffer): boolean {
  if (given === undefined) return false;
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
