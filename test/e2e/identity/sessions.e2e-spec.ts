import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { Response } from 'supertest';
import { startTestApi, type TestApi } from '../../support/api';
import { bearer, inviteAndActivate, OTHER_PASSWORD, PASSWORD, signIn } from './identity-support';

const PHONE = '13800000301';
const ORIGIN = 'http://console.test';
const CORS_ORIGIN = 'https://console.example.org';

/** The cookies a response sets, by name, with their attributes. */
function cookiesOf(response: Response): Map<string, { value: string; attributes: string[] }> {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookies = new Map<string, { value: string; attributes: string[] }>();
  for (const line of header ?? []) {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const [name, value] = pair.split('=');
    cookies.set(name, { value, attributes });
  }
  return cookies;
}

describe('sessions', () => {
  let api: TestApi;
  let pool: Pool;
  let personId: string;

  beforeAll(async () => {
    api = await startTestApi({ env: { PUBLIC_URL: ORIGIN, CORS_ORIGINS: CORS_ORIGIN, SIGN_IN_FAILURES_PER_ADDRESS: '1000' } });
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    ({ personId } = await inviteAndActivate(api, { role: 'auditor', name: '会话审计', phone: PHONE }));
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('a sign-in answers a 15-minute access token that names its session, and a refresh token stored only as a digest', async () => {
    const session = await signIn(api, { phone: PHONE });
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: personId, role: 'auditor', sid: session.sessionId });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
    const { rows } = await pool.query<{ digest: Buffer }>('SELECT token_digest AS digest FROM identity_refresh_tokens WHERE session_id = $1', [session.sessionId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].digest.toString('base64url')).not.toBe(session.refreshToken);
  });

  it('wrong passwords and unknown phones get the same 401', async () => {
    const wrong = await api.anonymous().post('/v1/sessions').send({ phone: PHONE, password: 'not the password at all' }).expect(401);
    const unknown = await api.anonymous().post('/v1/sessions').send({ phone: '13700000301', password: 'not the password at all' }).expect(401);
    const unknownStaff = await api.anonymous().post('/v1/sessions').send({ staffId: 'nobody', password: 'not the password at all' }).expect(401);
    for (const answer of [unknown, unknownStaff]) expect({ code: answer.body.code, detail: answer.body.detail }).toEqual({ code: wrong.body.code, detail: wrong.body.detail });
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    await api.anonymous().post('/v1/sessions').send({ phone: PHONE, staffId: 'x', password: PASSWORD }).expect(400);
  });

  it('refresh rotates: the new tokens work, the old refresh token is retired', async () => {
    const session = await signIn(api, { phone: PHONE });
    const refreshed = await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    expect(refreshed.body).toMatchObject({ sessionId: session.sessionId, tokenType: 'Bearer', expiresIn: 900 });
    expect(refreshed.body.refreshToken).not.toBe(session.refreshToken);
    await bearer(api, refreshed.body.accessToken).get('/v1/me').expect(200);
    const again = await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(200);
    expect(again.body.sessionId).toBe(session.sessionId);
  });

  it('the old refresh token reused after rotation revokes the family: the new one and every access token stop working', async () => {
    const session = await signIn(api, { phone: PHONE });
    const rotated = await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(200);

    const reuse = await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');

    expect((await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    await bearer(api, rotated.body.accessToken).get('/v1/me').expect(401);
    await bearer(api, session.accessToken).get('/v1/me').expect(401);
    const log = await api.as('auditor').get(`/v1/audit/sign-ins?personId=${personId}&kind=refresh-token-reused`).expect(200);
    expect(log.body.items[0]).toMatchObject({ sessionId: session.sessionId });
  });

  it('an unknown or expired refresh token is refused', async () => {
    await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: 'no-such-token' }).expect(401);
    await api.anonymous().post('/v1/sessions/refresh').send({}).expect(401);
    const session = await signIn(api, { phone: PHONE });
    await pool.query("UPDATE identity_refresh_tokens SET expires_at = now() - interval '1 second' WHERE session_id = $1", [session.sessionId]);
    expect((await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('signing out ends the session at once', async () => {
    const session = await signIn(api, { phone: PHONE });
    await bearer(api, session.accessToken).get('/v1/me').expect(200);
    await bearer(api, session.accessToken).delete('/v1/sessions/current').expect(204);
    expect((await bearer(api, session.accessToken).get('/v1/me').expect(401)).body.code).toBe('UNAUTHENTICATED');
    await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect((await api.as('admin').delete('/v1/sessions/current').expect(409)).body.code).toBe('NOT_A_SESSION');
  });

  it('lists one\'s sessions with device, address and last seen; any of them can be ended', async () => {
    const phone = '13800000302';
    await inviteAndActivate(api, { role: 'auditor', name: '多端', phone });
    const laptop = (await api.anonymous().post('/v1/sessions').set('User-Agent', 'Laptop/1.0').send({ phone, password: PASSWORD }).expect(201)).body;
    const handset = (await api.anonymous().post('/v1/sessions').set('User-Agent', 'Handset/2.0').send({ phone, password: PASSWORD }).expect(201)).body;

    const listed = await bearer(api, laptop.accessToken).get('/v1/me/sessions').expect(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sessionId: laptop.sessionId, current: true, device: 'Laptop/1.0', address: expect.any(String), lastSeenAt: expect.any(String) }),
        expect.objectContaining({ sessionId: handset.sessionId, current: false, device: 'Handset/2.0' }),
      ]),
    );
    await bearer(api, laptop.accessToken).delete(`/v1/me/sessions/${handset.sessionId}`).expect(204);
    await bearer(api, handset.accessToken).get('/v1/me').expect(401);
    await bearer(api, laptop.accessToken).get('/v1/me').expect(200);
    await bearer(api, laptop.accessToken).delete(`/v1/me/sessions/${handset.sessionId}`).expect(404);
    // Someone else's session is not one's own to end.
    const stranger = await signIn(api, { phone: PHONE });
    await bearer(api, laptop.accessToken).delete(`/v1/me/sessions/${stranger.sessionId}`).expect(404);
    await bearer(api, stranger.accessToken).get('/v1/me').expect(200);
  });

  it('an admin ends all of a person\'s sessions', async () => {
    const phone = '13800000303';
    const { personId: target } = await inviteAndActivate(api, { role: 'auditor', name: '被结束', phone });
    const first = await signIn(api, { phone });
    const second = await signIn(api, { phone });
    expect((await api.as('admin').delete(`/v1/people/${target}/sessions`).expect(200)).body).toEqual({ endedSessions: 2 });
    await bearer(api, first.accessToken).get('/v1/me').expect(401);
    await bearer(api, second.accessToken).get('/v1/me').expect(401);
    await signIn(api, { phone });
  });

  it('changing one\'s password needs the old one and ends every other session', async () => {
    const phone = '13800000304';
    await inviteAndActivate(api, { role: 'auditor', name: '改密码', phone });
    const here = await signIn(api, { phone });
    const elsewhere = await signIn(api, { phone });

    expect((await bearer(api, here.accessToken).put('/v1/me/password').send({ oldPassword: 'not it at all', newPassword: OTHER_PASSWORD }).expect(422)).body.code).toBe('WRONG_PASSWORD');
    expect((await bearer(api, here.accessToken).put('/v1/me/password').send({ oldPassword: PASSWORD, newPassword: '12345678' }).expect(422)).body.code).toBe('WEAK_PASSWORD');
    const changed = await bearer(api, here.accessToken).put('/v1/me/password').send({ oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }).expect(200);
    expect(changed.body).toMatchObject({ endedSessions: 1, passwordChangedAt: expect.any(String) });

    await bearer(api, elsewhere.accessToken).get('/v1/me').expect(401);
    await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(401);
    await bearer(api, here.accessToken).get('/v1/me').expect(200);
    await api.anonymous().post('/v1/sessions').send({ phone, password: PASSWORD }).expect(401);
    await signIn(api, { phone }, OTHER_PASSWORD);
    const stream = await api.as('auditor').get(`/v1/audit/streams/person-${here.person.personId}`).expect(200);
    expect(stream.body.items.at(-1)).toMatchObject({ type: 'PasswordChanged', data: { how: 'old-password' } });
  });

  it('two password changes sent with one Idempotency-Key are two changes, each recorded', async () => {
    const phone = '13800000305';
    const { personId: changer } = await inviteAndActivate(api, { role: 'auditor', name: '同键', phone });
    const session = await signIn(api, { phone });
    await bearer(api, session.accessToken).put('/v1/me/password').set('Idempotency-Key', 'same-key').send({ oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }).expect(200);
    await bearer(api, session.accessToken).put('/v1/me/password').set('Idempotency-Key', 'same-key').send({ oldPassword: OTHER_PASSWORD, newPassword: PASSWORD }).expect(200);
    await signIn(api, { phone });
    const stream = await api.as('auditor').get(`/v1/audit/streams/person-${changer}`).expect(200);
    expect(stream.body.items.filter((event: { type: string }) => event.type === 'PasswordChanged')).toHaveLength(2);
  });

  describe('the console: refresh token in a cookie, CSRF protected', () => {
    async function consoleSignIn(): Promise<{ answer: Response; refresh: string; csrf: string }> {
      const answer = await api.anonymous().post('/v1/sessions').set('Origin', ORIGIN).send({ phone: PHONE, password: PASSWORD, refreshTokenIn: 'cookie' }).expect(201);
      const cookies = cookiesOf(answer);
      return { answer, refresh: cookies.get('shiji_refresh')!.value, csrf: cookies.get('shiji_csrf')!.value };
    }
    const refreshWith = (cookies: string) => api.anonymous().post('/v1/sessions/refresh').set('Cookie', cookies).send({});

    it('sets an HttpOnly, Secure, SameSite=Strict refresh cookie for the refresh path only, and a CSRF token; no refresh token in the body', async () => {
      const { answer, csrf } = await consoleSignIn();
      const cookies = cookiesOf(answer);
      expect(cookies.get('shiji_refresh')!.attributes).toEqual(expect.arrayContaining(['Path=/v1/sessions/refresh', 'HttpOnly', 'Secure', 'SameSite=Strict']));
      expect(cookies.get('shiji_csrf')!.attributes).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'SameSite=Strict']));
      expect(cookies.get('shiji_csrf')!.attributes).not.toContain('HttpOnly');
      expect(answer.body.refreshToken).toBeUndefined();
      expect(answer.body.csrfToken).toBe(csrf);
    });

    it('refreshes with the cookie, the Origin and the CSRF token, rotating the cookie', async () => {
      const { refresh, csrf } = await consoleSignIn();
      const refreshed = await refreshWith(`shiji_refresh=${refresh}; shiji_csrf=${csrf}`).set('Origin', ORIGIN).set('X-CSRF-Token', csrf).expect(200);
      const rotated = cookiesOf(refreshed).get('shiji_refresh')!.value;
      expect(rotated).not.toBe(refresh);
      expect(refreshed.body.refreshToken).toBeUndefined();
      await bearer(api, refreshed.body.accessToken).get('/v1/me').expect(200);
      // The same Host as the request is the api's own origin too.
      const host = `127.0.0.1:${(api.app.server.address() as { port: number } | null)?.port ?? 0}`;
      const sameHost = await refreshWith(`shiji_refresh=${rotated}; shiji_csrf=${csrf}`).set('Host', host).set('Origin', `http://${host}`).set('X-CSRF-Token', csrf).expect(200);
      expect(cookiesOf(sameHost).get('shiji_refresh')!.value).not.toBe(rotated);
    });

    it('a cookie refresh from another Origin, with no Origin, or without the right CSRF token is 403 and changes nothing', async () => {
      const { refresh, csrf } = await consoleSignIn();
      const { csrf: otherSessionsCsrf } = await consoleSignIn();
      const cookies = `shiji_refresh=${refresh}; shiji_csrf=${csrf}`;
      const before = await pool.query('SELECT token_digest, retired_at FROM identity_refresh_tokens ORDER BY token_digest');
      const attempts = [
        refreshWith(cookies).set('Origin', 'https://evil.example').set('X-CSRF-Token', csrf),
        refreshWith(cookies).set('X-CSRF-Token', csrf),
        refreshWith(cookies).set('Origin', 'null').set('X-CSRF-Token', csrf),
        refreshWith(cookies).set('Origin', ORIGIN),
        refreshWith(cookies).set('Origin', ORIGIN).set('X-CSRF-Token', 'forged'),
        refreshWith(`shiji_refresh=${refresh}; shiji_csrf=${otherSessionsCsrf}`).set('Origin', ORIGIN).set('X-CSRF-Token', otherSessionsCsrf),
        refreshWith(`shiji_refresh=${refresh}`).set('Origin', ORIGIN).set('X-CSRF-Token', csrf),
      ];
      for (const attempt of attempts) {
        const refused = await attempt.expect(403);
        expect(refused.body.code).toBe('CSRF_REJECTED');
        expect(refused.headers['set-cookie']).toBeUndefined();
      }
      expect((await pool.query('SELECT token_digest, retired_at FROM identity_refresh_tokens ORDER BY token_digest')).rows).toEqual(before.rows);
      // The untouched cookie still works from the console.
      await refreshWith(cookies).set('Origin', ORIGIN).set('X-CSRF-Token', csrf).expect(200);
    });

    it('a console on an origin in CORS_ORIGINS may refresh with its cookie and CSRF token', async () => {
      const preflight = await api
        .anonymous()
        .options('/v1/sessions/refresh')
        .set('Origin', CORS_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type, x-csrf-token')
        .expect(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(CORS_ORIGIN);
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/X-CSRF-Token/i);
      const { refresh, csrf } = await consoleSignIn();
      const refreshed = await refreshWith(`shiji_refresh=${refresh}; shiji_csrf=${csrf}`).set('Origin', CORS_ORIGIN).set('X-CSRF-Token', csrf).expect(200);
      expect(refreshed.headers['access-control-allow-credentials']).toBe('true');
    });

    it('a cookie sign-in from another Origin is 403 and opens no session', async () => {
      const count = async () => Number((await pool.query('SELECT count(*) FROM identity_sessions')).rows[0].count);
      const before = await count();
      expect((await api.anonymous().post('/v1/sessions').set('Origin', 'https://evil.example').send({ phone: PHONE, password: PASSWORD, refreshTokenIn: 'cookie' }).expect(403)).body.code).toBe('CSRF_REJECTED');
      expect(await count()).toBe(before);
    });

    it('a refresh token arrives the way its session was opened', async () => {
      const { refresh, csrf } = await consoleSignIn();
      expect((await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: refresh }).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
      const bodySession = await signIn(api, { phone: PHONE });
      const asCookie = await refreshWith(`shiji_refresh=${bodySession.refreshToken}; shiji_csrf=${csrf}`).set('Origin', ORIGIN).set('X-CSRF-Token', csrf).expect(401);
      expect(asCookie.body.code).toBe('REFRESH_TOKEN_INVALID');
      expect(cookiesOf(asCookie).get('shiji_refresh')?.attributes).toContain('Max-Age=0');
      await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: bodySession.refreshToken }).expect(200);
    });

    it('signing out clears both cookies', async () => {
      const { answer } = await consoleSignIn();
      const out = await bearer(api, answer.body.accessToken).delete('/v1/sessions/current').expect(204);
      const cleared = cookiesOf(out);
      expect(cleared.get('shiji_refresh')).toMatchObject({ value: '', attributes: expect.arrayContaining(['Max-Age=0', 'Path=/v1/sessions/refresh']) });
      expect(cleared.get('shiji_csrf')).toMatchObject({ value: '', attributes: expect.arrayContaining(['Max-Age=0']) });
    });
  });

  it('the sign-in log has sign-ins, failures and sign-outs with address and device, for auditors', async () => {
    const log = await api.as('auditor').get(`/v1/audit/sign-ins?personId=${personId}&limit=200`).expect(200);
    const kinds = new Set(log.body.items.map((entry: { kind: string }) => entry.kind));
    for (const kind of ['signed-in', 'sign-in-failed', 'signed-out', 'refresh-token-reused', 'activated', 'code-issued']) expect(kinds).toContain(kind);
    expect(log.body.items.filter((entry: { kind: string; device: string | null }) => entry.kind === 'signed-in' && entry.device === 'identity-test')[0]).toMatchObject({ address: expect.any(String), role: 'auditor', sessionId: expect.any(String) });
    const unknown = await api.as('auditor').get('/v1/audit/sign-ins?kind=sign-in-failed&limit=200').expect(200);
    expect(unknown.body.items.some((entry: { personId: string | null; detail: { reason: string } }) => entry.personId === null && entry.detail.reason === 'unknown-login')).toBe(true);
    const paged = await api.as('auditor').get('/v1/audit/sign-ins?limit=2').expect(200);
    const next = await api.as('auditor').get(`/v1/audit/sign-ins?limit=2&cursor=${paged.body.nextCursor}`).expect(200);
    expect(next.body.items[0].id).toBeLessThan(paged.body.items[1].id);
  });
});
