import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../platform/config/app-config';
import type { Client } from './sessions.store';

/** User agents are free text; a session list needs no more than this. */
const MAX_DEVICE_LENGTH = 200;

/** Where a request came from, as sessions and the sign-in log record it. */
export function clientOf(request: FastifyRequest): Client {
  const agent = request.headers['user-agent'];
  return { address: request.ip ?? null, device: typeof agent === 'string' && agent.length > 0 ? agent.slice(0, MAX_DEVICE_LENGTH) : null };
}

/** The origin people reach the console at: PUBLIC_URL, else the Host this request came to. */
export function publicOriginOf(request: FastifyRequest, config: Pick<AppConfig, 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl;
  return `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}

/**
 * The console's activation page with the code in the fragment: browsers never
 * send a fragment to a server, so the code reaches no request log and no Referer.
 */
export function activationUrl(origin: string, code: string): string {
  return `${origin}/activate#code=${encodeURIComponent(code)}`;
}
