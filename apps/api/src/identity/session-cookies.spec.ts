import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookies, cookieOf, refreshCookieOf, setSessionCookies } from './session-cookies';

const requestWith = (cookie: string | undefined) => ({ headers: { cookie } }) as unknown as FastifyRequest;

function recorded(): { reply: FastifyReply; cookies: () => string[] } {
  let cookies: string[] = [];
  const reply = { header: (_name: string, value: string[]) => (cookies = value) } as unknown as FastifyReply;
  return { reply, cookies: () => cookies };
}

describe('session cookies', () => {
  it('sets the refresh token HttpOnly for the refresh path, and the CSRF token readable for the whole site', () => {
    const { reply, cookies } = recorded();
    setSessionCookies(reply, 'refresh_token-1', 'csrf_token-1', new Date(Date.now() + 60_000));
    const [refresh, csrf] = cookies();
    expect(refresh).toMatch(/^shiji_refresh=refresh_token-1; Path=\/v1\/sessions\/refresh; Max-Age=(59|60); HttpOnly; Secure; SameSite=Strict$/);
    expect(csrf).toMatch(/^shiji_csrf=csrf_token-1; Path=\/; Max-Age=(59|60); Secure; SameSite=Strict$/);
  });

  it('clears both', () => {
    const { reply, cookies } = recorded();
    clearSessionCookies(reply);
    expect(cookies()).toEqual(['shiji_refresh=; Path=/v1/sessions/refresh; Max-Age=0; HttpOnly; Secure; SameSite=Strict', 'shiji_csrf=; Path=/; Max-Age=0; Secure; SameSite=Strict']);
  });

  it('reads a cookie among others, and nothing outside base64url', () => {
    expect(refreshCookieOf(requestWith('a=1; shiji_refresh=abc_DEF-9; shiji_csrf=x'))).toBe('abc_DEF-9');
    expect(cookieOf(requestWith('shiji_csrf=x'), 'shiji_csrf')).toBe('x');
    expect(refreshCookieOf(requestWith(undefined))).toBeUndefined();
    expect(refreshCookieOf(requestWith('shiji_refresh='))).toBeUndefined();
    expect(refreshCookieOf(requestWith('shiji_refresh="quoted"'))).toBeUndefined();
    expect(refreshCookieOf(requestWith('xshiji_refresh=abc'))).toBeUndefined();
  });
});
