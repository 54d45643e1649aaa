import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'shiji_refresh';
export const CSRF_COOKIE = 'shiji_csrf';
/** The refresh token goes to the refresh route only: no other request carries it. */
export const REFRESH_COOKIE_PATH = '/v1/sessions/refresh';

/** Our cookie values are base64url: nothing in them needs quoting or encoding. */
const COOKIE_VALUE = /^[A-Za-z0-9_-]*$/;

/** The console's cookies: the refresh token, unreadable by scripts, and the CSRF token the page echoes in a header. */
export function setSessionCookies(reply: FastifyReply, refreshToken: string, csrfToken: string, expiresAt: Date): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  reply.header('set-cookie', [cookie(REFRESH_COOKIE, refreshToken, REFRESH_COOKIE_PATH, maxAge, true), cookie(CSRF_COOKIE, csrfToken, '/', maxAge, false)]);
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.header('set-cookie', [cookie(REFRESH_COOKIE, '', REFRESH_COOKIE_PATH, 0, true), cookie(CSRF_COOKIE, '', '/', 0, false)]);
}

export function refreshCookieOf(request: FastifyRequest): string | undefined {
  return cookieOf(request, REFRESH_COOKIE);
}

/** A cookie's value from the Cookie header; undefined when absent, empty or not of our alphabet. */
export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    return value !== '' && COOKIE_VALUE.test(value) ? value : undefined;
  }
  return undefined;
}

function cookie(name: string, value: string, path: string, maxAgeSeconds: number, httpOnly: boolean): string {
  if (!COOKIE_VALUE.test(value)) throw new Error(`cookie ${name}: value outside base64url`);
  return `${name}=${value}; Path=${path}; Max-Age=${maxAgeSeconds}; ${httpOnly ? 'HttpOnly; ' : ''}Secure; SameSite=Strict`;
}
