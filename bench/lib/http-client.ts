import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
}

/** A small keep-alive JSON client over node:http (undici is not a dependency here). */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    maxSockets = 128,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  send(method: string, path: string, token?: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { ...extraHeaders };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  /** Sends and parses JSON; throws on a non-2xx answer. */
  async json<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, token, body);
    if (response.status < 200 || response.status >= 300) throw new Error(`${method} ${path} -> ${response.status}: ${response.body.slice(0, 300)}`);
    return JSON.parse(response.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
