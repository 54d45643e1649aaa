import request from 'supertest';
import { startTestApi, type TestApi } from '../../support/api';
import { createTestApp, type TestApp } from '../../support/app';
import { bearer, inviteAndActivate, OTHER_PASSWORD, PASSWORD, signIn, within } from './identity-support';

/**
 * Two api instances on one database: a session ended through one is refused
 * by that one at once and by the other within a second.
 */
describe('sessions ended across two api instances', () => {
  let a: TestApi;
  let b: TestApp;
  const phone = '13800000601';

  beforeAll(async () => {
    a = await startTestApi();
    b = await createTestApp({ sameDatabaseAs: a.app });
    await inviteAndActivate(a, { role: 'auditor', name: '两实例', phone });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const onB = (token: string) => request(b.server).get('/v1/me').set('Authorization', `Bearer ${token}`);

  it('signing out through one instance ends the session there at once and in the other within a second', async () => {
    const session = await signIn(a, { phone });
    await onB(session.accessToken).expect(200);
    await onB(session.accessToken).expect(200);

    await bearer(a, session.accessToken).delete('/v1/sessions/current').expect(204);

    await bearer(a, session.accessToken).get('/v1/me').expect(401);
    const tookMs = await within(1_000, async () => (await onB(session.accessToken)).status === 401);
    expect(tookMs).not.toBeNull();
    await onB(session.accessToken).expect(401);
  });

  it('a password changed through one instance ends every other session there at once and in the other within a second', async () => {
    const here = await signIn(a, { phone });
    const elsewhere = await signIn(a, { phone });
    await onB(elsewhere.accessToken).expect(200);

    await bearer(a, here.accessToken).put('/v1/me/password').send({ oldPassword: PASSWORD, newPassword: OTHER_PASSWORD }).expect(200);

    await bearer(a, elsewhere.accessToken).get('/v1/me').expect(401);
    const tookMs = await within(1_000, async () => (await onB(elsewhere.accessToken)).status === 401);
    expect(tookMs).not.toBeNull();
    await onB(here.accessToken).expect(200);
    await bearer(a, here.accessToken).put('/v1/me/password').send({ oldPassword: OTHER_PASSWORD, newPassword: PASSWORD }).expect(200);
  });

  it('a session ended through the second instance is refused by the first within a second', async () => {
    const session = await signIn(a, { phone });
    await bearer(a, session.accessToken).get('/v1/me').expect(200);
    await request(b.server).delete('/v1/sessions/current').set('Authorization', `Bearer ${session.accessToken}`).expect(204);
    await onB(session.accessToken).expect(401);
    expect(await within(1_000, async () => (await bearer(a, session.accessToken).get('/v1/me')).status === 401)).not.toBeNull();
  });
});
