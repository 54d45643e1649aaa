import { createConnection, type AddressInfo } from 'node:net';
import { startTestApi, type TestApi } from '../support/api';

const A = 'conventions-a';

/** One raw request on its own connection: what Node's parser refuses never reaches supertest's URL handling. */
function raw(api: TestApi, head: string): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const { port } = api.app.server.address() as AddressInfo;
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write(head));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [headers, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1]);
      const contentType = /\r\ncontent-type: ([^\r]+)/i.exec(headers)?.[1];
      resolve({ status, contentType, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('HTTP conventions', () => {
  let api: TestApi;
  const admin = () => api.as('admin');

  beforeAll(async () => {
    api = await startTestApi();
    await new Promise<void>((resolve) => api.app.server.listen(0, '127.0.0.1', resolve));
    await admin().post('/v1/communities').send({ communityId: A, name: '惯例社区' }).expect(201);
    const volunteerId = (await admin().post('/v1/volunteers').send({ name: '=1+1', phone: '13800009001', communityId: A }).expect(201)).body.volunteerId;
    await admin().post('/v1/service-records').send({ volunteerId, category: 'culture', startedAt: '2025-03-01T01:00:00Z', minutes: 90, verify: true }).expect(201);
    await api.waitForProjections();
  });

  afterAll(() => api?.close());

  describe('errors the framework raises are problem details too', () => {
    it('a raw non-ASCII query string: 400, in Chinese first', async () => {
      // Written as UTF-8: the bytes of 王 go on the wire unencoded.
      const answer = await raw(api, 'GET /v1/volunteers?q=王 HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: expect.stringMatching(/^请求格式错误.* \/ Malformed request/) });
    });

    it('headers too large: 431', async () => {
      const answer = await raw(api, `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(answer.status).toBe(431);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE' });
    });

    it('a body that is not JSON: 415', async () => {
      const response = await admin().post('/v1/communities').set('Content-Type', 'application/xml').send('<community/>').expect(415);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  });

  describe('Accept, with q-values, where a route offers more than one media type', () => {
    const honourRoll = (accept?: string) => {
      const test = admin().get(`/v1/honour-roll?year=2025&communityId=${A}`);
      return accept === undefined ? test : test.set('Accept', accept);
    };

    it.each([
      [undefined, 'application/json'],
      ['*/*', 'application/json'],
      ['text/csv', 'text/csv'],
      ['text/*', 'text/csv'],
      ['text/csv;q=0.5, application/json', 'application/json'],
      ['application/json;q=0.1, text/csv', 'text/csv'],
      ['application/json;q=0, */*;q=0.2', 'text/csv'],
      ['text/html, */*;q=0.8', 'application/json'],
    ])('honour roll with Accept %s answers %s', async (accept, mediaType) => {
      const response = await honourRoll(accept).expect(200);
      expect(response.headers['content-type']).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
    });

    it('406 when none is acceptable', async () => {
      const response = await honourRoll('application/xml').expect(406);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'NOT_ACCEPTABLE', detail: expect.stringContaining('application/json, text/csv') });
    });

    it('the audit log: NDJSON only when Accept prefers it', async () => {
      const ndjson = await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/json;q=0.5, application/x-ndjson').buffer(true).expect(200);
      expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const json = await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/x-ndjson;q=0.5, application/json').expect(200);
      expect(json.headers['content-type']).toMatch(/^application\/json/);
      expect(json.body.items.length).toBeGreaterThan(0);
    });
  });

  describe('exports', () => {
    it('a CSV cell beginning with =, +, - or @ is written as text: a volunteer named =1+1', async () => {
      const response = await admin().get(`/v1/honour-roll?year=2025&communityId=${A}`).set('Accept', 'text/csv').buffer(true).expect(200);
      const [, row] = response.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(row.split(',')[2]).toBe("'=1+1");
      const json = await admin().get(`/v1/honour-roll?year=2025&communityId=${A}`).expect(200);
      expect(json.body.items[0].name).toBe('=1+1');
    });
  });
});
