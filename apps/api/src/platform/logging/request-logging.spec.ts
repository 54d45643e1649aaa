import Fastify from 'fastify';
import pino, { type LevelWithSilent } from 'pino';
import { logRequests, requestLogLevel } from './request-logging';

interface Line {
  level: number;
  msg: string;
  req?: Record<string, unknown>;
  res?: { statusCode: number };
  responseTime?: number;
}

async function serverLogging(level: LevelWithSilent) {
  const lines: Line[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
  const fastify = Fastify({ logger: false });
  logRequests(fastify, logger);
  fastify.get('/v1/things', async () => ({ ok: true }));
  fastify.get('/health/live', async () => ({ status: 'ok' }));
  const base = await fastify.listen({ port: 0, host: '127.0.0.1' });
  // Over a real socket: Fastify's inject() loads an ESM-only dependency that Jest cannot require here.
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }).then((response) => response.text());
  return { fastify, lines, get };
}

describe('request logging', () => {
  it('writes one line per request: id, method, path, address, status and time, never a header', async () => {
    const { fastify, lines, get } = await serverLogging('info');
    await get('/v1/things?page=2', { authorization: 'Bearer secret-token', cookie: 'session=abc' });
    await fastify.close();

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/v1/things?page=2', remoteAddress: '127.0.0.1' }, res: { statusCode: 200 } });
    expect(typeof lines[0].req?.id).toBe('string');
    expect(lines[0].responseTime).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|session=abc/);
  });

  it('is loud for failures and quiet for probes', async () => {
    const { fastify, lines, get } = await serverLogging('info');
    await get('/health/live');
    await get('/nowhere');
    await fastify.close();

    expect(lines.map((line) => [line.level, line.res?.statusCode])).toEqual([[40, 404]]);
  });

  it('builds nothing when the level is off', async () => {
    const { fastify, lines, get } = await serverLogging('warn');
    await get('/v1/things');
    await fastify.close();

    expect(lines).toEqual([]);
  });

  it('maps status and path to a level', () => {
    expect(requestLogLevel({ url: '/v1/x' }, { statusCode: 503 })).toBe('error');
    expect(requestLogLevel({ url: '/health' }, { statusCode: 500 })).toBe('error');
    expect(requestLogLevel({ url: '/v1/x' }, { statusCode: 409 })).toBe('warn');
    expect(requestLogLevel({ url: '/v1/x' }, { statusCode: 201 })).toBe('info');
    expect(requestLogLevel({ url: '/health/live' }, { statusCode: 200 })).toBe('debug');
  });
});
