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

  describe('201 says where to look: Location', () => {
    it('points at what was created, and an Idempotency-Key replay answers the same', async () => {
      const created = await admin().post('/v1/volunteers').set('Idempotency-Key', 'located-1').send({ name: '周', phone: '13800009002', communityId: A }).expect(201);
      expect(created.headers.location).toBe(`/v1/volunteers/${created.body.volunteerId}`);
      const replayed = await admin().post('/v1/volunteers').set('Idempotency-Key', 'located-1').send({ name: '周', phone: '13800009002', communityId: A }).expect(201);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.headers.location).toBe(created.headers.location);
      await admin().get(created.headers.location).set('X-Min-Position', String(created.body.position)).expect(200);
    });

    it('an action on a resource points at the resource; a card at the account', async () => {
      const { volunteerId } = (await admin().post('/v1/volunteers').send({ name: '吴', phone: '13800009003', communityId: A }).expect(201)).body;
      const suspended = await admin().post(`/v1/volunteers/${volunteerId}/suspension`).send({ reason: '外出' }).expect(201);
      expect(suspended.headers.location).toBe(`/v1/volunteers/${volunteerId}`);
      const community = await admin().post('/v1/communities').send({ communityId: 'conventions-c', name: '新社区' }).expect(201);
      expect(community.headers.location).toBe('/v1/communities/conventions-c');
      await admin().get(community.headers.location).set('X-Min-Position', String(community.body.position)).expect(200);
    });
  });

  describe('ETag on single-resource reads, If-Match on changes', () => {
    it('the policy: a stale If-Match is 412 and appends nothing; the current one passes', async () => {
      // Before any change the policy is the default, its stream not written yet: "-1".
      expect((await admin().get('/v1/policy').expect(200)).headers.etag).toBe('"-1"');
      await admin().put('/v1/policy/star-levels').set('If-Match', '"0"').send({ thresholdHours: [100, 300, 600, 1000, 1500] }).expect(412);
      const first = await admin().put('/v1/policy/star-levels').set('If-Match', '"-1"').send({ thresholdHours: [100, 300, 600, 1000, 1600] }).expect(200);
      const current = (await admin().get('/v1/policy').set('X-Min-Position', String(first.body.position)).expect(200)).headers.etag;
      expect(current).toMatch(/^"\d+"$/);

      const before = await api.headPosition();
      const stale = await admin().put('/v1/policy/card').set('If-Match', `"${Number(JSON.parse(current)) - 1}"`).send({ minStarLevel: 4 }).expect(412);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(stale.body).toMatchObject({ code: 'PRECONDITION_FAILED', etag: current, detail: expect.stringMatching(/^资源在您读取之后已被修改/) });
      expect(await api.headPosition()).toBe(before);

      const passed = await admin().put('/v1/policy/card').set('If-Match', current).send({ minStarLevel: 4 }).expect(200);
      const next = (await admin().get('/v1/policy').set('X-Min-Position', String(passed.body.position)).expect(200)).headers.etag;
      expect(next).toBe(`"${Number(JSON.parse(current)) + 1}"`);
      // The ETag the change was made with is now stale itself.
      await admin().put('/v1/policy/card').set('If-Match', current).send({ minStarLevel: 5 }).expect(412);
    });

    it('a volunteer: the profile\'s ETag guards a suspension', async () => {
      const { volunteerId, position } = (await admin().post('/v1/volunteers').send({ name: '郑', phone: '13800009004', communityId: A }).expect(201)).body;
      const etag = (await admin().get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(position)).expect(200)).headers.etag;
      expect(etag).toBe('"0"');
      await admin().post(`/v1/volunteers/${volunteerId}/suspension`).set('If-Match', etag).send({ reason: '外出' }).expect(201);
      const before = await api.headPosition();
      await admin().post(`/v1/volunteers/${volunteerId}/reinstatement`).set('If-Match', etag).expect(412);
      expect(await api.headPosition()).toBe(before);
      await admin().post(`/v1/volunteers/${volunteerId}/reinstatement`).set('If-Match', '"1"').expect(201);
    });

    it('If-Match where a change does not take it, or not an ETag: 400', async () => {
      const refused = await admin().post('/v1/communities').set('If-Match', '"3"').send({ communityId: 'conventions-x', name: '不' }).expect(400);
      expect(refused.body.detail).toMatch(/^此操作不支持 If-Match/);
      expect((await admin().put('/v1/policy/card').set('If-Match', 'W/"3"').send({ minStarLevel: 5 }).expect(400)).body.detail).toMatch(/^If-Match 须为读取该资源时得到的 ETag/);
      // `*` is any current representation: the policy has one.
      await admin().put('/v1/policy/card').set('If-Match', '*').send({ minStarLevel: 5 }).expect(200);
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
