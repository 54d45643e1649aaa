import { Pool } from 'undici';

export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * A keep-alive JSON client on an undici Pool. The load generator shares the
 * machine's two cores with the api and PostgreSQL, so its own cost per
 * request is part of every figure: undici spends well under half of what
 * node:http did, which leaves that CPU to the service being measured.
 */
export class HttpClient {
  private readonly pool: Pool;

  constructor(baseUrl: string, connections = 128) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1 });
  }

  async send(method: string, path: string, token?: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { ...extraHeaders };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await this.pool.request({ method: method as 'GET', path, headers, body: payload });
    return { status: response.statusCode, body: await response.body.text() };
  }

  /** Sends and parses JSON; throws on a non-2xx answer. */
  async json<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, token, body);
    if (response.status < 200 || response.status >= 300) throw new Error(`${method} ${path} -> ${response.status}: ${response.body.slice(0, 300)}`);
    return JSON.parse(response.body) as T;
  }

  close(): void {
    void this.pool.destroy();
  }
}
