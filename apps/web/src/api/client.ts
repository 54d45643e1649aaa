import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, type ProblemBody } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The only way the app talks to the api: typed by the generated schema, same origin. */
export const api = createClient<paths>({ baseUrl: '' });

let accessToken: string | null = null;
let minPosition = 0;
let onUnauthenticated: () => Promise<boolean> = async () => false;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function currentAccessToken(): string | null {
  return accessToken;
}

/** Called on a 401: may renew the session (true: retry once) or give up. */
export function whenUnauthenticated(handler: () => Promise<boolean>): void {
  onUnauthenticated = handler;
}

/** Reads ask the api to wait until the views include this page's own last write (read-your-writes). */
export function rememberPosition(position: unknown): void {
  if (typeof position === 'number' && position > minPosition) minPosition = position;
}

const authenticate: Middleware = {
  onRequest({ request }) {
    if (accessToken && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${accessToken}`);
    if (request.method === 'GET' && minPosition > 0) request.headers.set('X-Min-Position', String(minPosition));
    return request;
  },
};
api.use(authenticate);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(send: () => Promise<Answer<T>>, retried = false): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await send();
  } catch {
    throw new ApiProblem(0, { title: '无法连接服务器，请检查网络 / Cannot reach the server; check the network', code: 'NETWORK' }, null);
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  if (response.status === 401 && !retried && (await onUnauthenticated())) return settle(send, true);
  const body: ProblemBody = typeof error === 'object' && error !== null ? (error as ProblemBody) : { title: `${response.status} ${response.statusText}` };
  throw new ApiProblem(response.status, body, response.headers.get('X-Request-Id'));
}

/** A query: its data, or an ApiProblem. */
export function read<T>(send: () => Promise<Answer<T>>): Promise<T> {
  return settle(send);
}

/** A command: its result, whose position later reads wait for. */
export async function write<T>(send: () => Promise<Answer<T>>): Promise<T> {
  const result = await settle(send);
  if (typeof result === 'object' && result !== null) rememberPosition((result as { position?: unknown }).position);
  return result;
}

/** A file the api answers (the certificate PDF, a CSV, an NDJSON export) with the bearer token, as a Blob. */
export async function download(path: string, accept?: string): Promise<{ blob: Blob; headers: Headers }> {
  const send = async (): Promise<{ blob: Blob; headers: Headers }> => {
    const response = await fetch(path, { headers: { ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}), ...(accept ? { Accept: accept } : {}) } }).catch(() => {
      throw new ApiProblem(0, { title: '无法连接服务器，请检查网络 / Cannot reach the server; check the network', code: 'NETWORK' }, null);
    });
    if (response.ok) return { blob: await response.blob(), headers: response.headers };
    const body = (await response.json().catch(() => ({}))) as ProblemBody;
    throw new ApiProblem(response.status, body, response.headers.get('X-Request-Id'));
  };
  return send();
}
