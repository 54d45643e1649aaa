import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { identityProblem } from './identity-problems';
import { CSRF_COOKIE, cookieOf } from './session-cookies';

export const CSRF_HEADER = 'x-csrf-token';

/**
 * Protects what a cookie authenticates. A request must come from an allowed
 * Origin (the api's own, PUBLIC_URL, CORS_ORIGINS), and a refresh must carry
 * the session's CSRF token in X-CSRF-Token, equal to the shiji_csrf cookie
 * (double submit) and to an HMAC of the session id (so a token planted for
 * one session is worth nothing for another). Anything else is 403.
 */
@Injectable()
export class Csrf {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'jwtSecret' | 'publicUrl' | 'corsOrigins'>) {
    this.key = createHmac('sha256', config.jwtSecret).update('shiji:csrf-key').digest();
  }

  tokenFor(sessionId: string): string {
    return createHmac('sha256', this.key).update(sessionId).digest('base64url');
  }

  checkOrigin(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !this.isAllowedOrigin(origin, request.headers.host)) throw rejected();
  }

  /** The header, the cookie and the session's own token must all agree. */
  checkToken(request: FastifyRequest, sessionId: string): void {
    const header = request.headers[CSRF_HEADER];
    const cookie = cookieOf(request, CSRF_COOKIE);
    const expected = this.tokenFor(sessionId);
    if (typeof header !== 'string' || cookie === undefined || !same(header, cookie) || !same(header, expected)) throw rejected();
  }

  private isAllowedOrigin(origin: string, host: string | undefined): boolean {
    if (origin === this.config.publicUrl || this.config.corsOrigins.includes(origin)) return true;
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && host !== undefined && url.host === host;
    } catch {
      return false;
    }
  }
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function rejected() {
  return identityProblem('CSRF_REJECTED');
}
