import { Pool, type Dispatcher } from 'undici';

export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * A keep-alive JSON client on an undici Pool. The load generator shares the
 * machine's two cores with the api and PostgreSQL, so its own cost per
 * request is part of every figure. It dispatches with a plain handler rather
 * than `request()`, which wraps every answer in a Readable stream: that costs
 * the load generator about a tenth less CPU per write, left to the service
 * being measured (undici's `request()` already spent well under half of what
 * node:http did).
 */
export class HttpClient {
  private readonly pool: Pool;

  constructor(baseUrl: string, connections = 128) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1 });
  }

  send(method: string, path: string, token?: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { ...extraHeaders };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return new Promise((resolve, reject) => {
      this.pool.dispatch({ method: method as Dispatcher.HttpMethod, path, headers, body: payload }, new CollectingHandler(resolve, reject));
    });
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

/** Gathers one answer's status and body; settles exactly once, on its end or on an error. */
class CollectingHandler implements Dispatcher.DispatchHandler {
  private status = 0;
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly resolve: (response: HttpResponse) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  /** Nothing to do; undici tells this handler interface from its older one by this method. */
  onRequestStart(): void {}

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number): void {
    this.status = statusCode;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.resolve({ status: this.status, body: Buffer.concat(this.chunks).toString('utf8') });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.reject(error);
  }
}
