import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from './http-client';

describe('HttpClient', () => {
  let server: Server;
  let baseUrl: string;
  const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        if (request.url === '/cut') return void request.socket.destroy();
        const answer = request.url === '/big' ? 'x'.repeat(200_000) : JSON.stringify({ echoed: body === '' ? null : JSON.parse(body) });
        response.writeHead(request.url === '/missing' ? 404 : 201, { 'content-type': 'application/json' }).end(answer);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => void (seen.length = 0));

  it('sends the method, path, bearer token, extra headers and a JSON body, and returns status and body', async () => {
    const http = new HttpClient(baseUrl);
    try {
      const response = await http.send('POST', '/v1/things?x=1', 'tok', { minutes: 30 }, { 'x-min-position': '7' });

      expect(response).toEqual({ status: 201, body: JSON.stringify({ echoed: { minutes: 30 } }) });
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: '/v1/things?x=1',
        headers: expect.objectContaining({ authorization: 'Bearer tok', 'content-type': 'application/json', 'x-min-position': '7' }),
      });
    } finally {
      http.close();
    }
  });

  it('sends no body, token or content type when given none, and gathers a body that arrives in many chunks', async () => {
    const http = new HttpClient(baseUrl);
    try {
      const response = await http.send('GET', '/big');

      expect(response.body).toHaveLength(200_000);
      expect(seen[0].headers).not.toHaveProperty('authorization');
      expect(seen[0].headers).not.toHaveProperty('content-type');
    } finally {
      http.close();
    }
  });

  it('json() parses a 2xx answer and throws with status and body otherwise', async () => {
    const http = new HttpClient(baseUrl);
    try {
      await expect(http.json('POST', '/ok', undefined, { a: 1 })).resolves.toEqual({ echoed: { a: 1 } });
      await expect(http.json('GET', '/missing')).rejects.toThrow('GET /missing -> 404: {"echoed":null}');
    } finally {
      http.close();
    }
  });

  it('rejects when the connection drops before an answer, so a run counts an error instead of hanging', async () => {
    const http = new HttpClient(baseUrl);
    try {
      await expect(http.send('GET', '/cut')).rejects.toThrow();
    } finally {
      http.close();
    }
  });
});
