import request from 'supertest';
import type { TestApi } from '../../support/api';

/** Passwords zxcvbn scores well above the minimum. */
export const PASSWORD = 'Qm7!vX2#pL9 北下街';
export const OTHER_PASSWORD = 'tea kettle orbit 7 lantern';

type Agent = ReturnType<typeof request.agent>;

export interface Invited {
  personId: string;
  subject: string;
  code: string;
}

/** An admin invites someone; the invitee sets a password with the code. */
export async function inviteAndActivate(
  api: TestApi,
  invitation: { role: 'staff' | 'admin' | 'auditor'; name: string; phone: string; staffId?: string; communityIds?: string[] },
  password = PASSWORD,
): Promise<Invited> {
  const invited = await api.as('admin').post('/v1/invitations').send(invitation).expect(201);
  await api.anonymous().post('/v1/activations').send({ phone: invitation.phone, code: invited.body.code, password }).expect(201);
  return { personId: invited.body.personId, subject: invited.body.subject, code: invited.body.code };
}

/** Staff issue a volunteer's code; the volunteer sets a password with it. */
export async function activateVolunteer(api: TestApi, staff: () => Agent, volunteerId: string, phone: string, password = PASSWORD): Promise<{ personId: string; code: string }> {
  const issued = await staff().post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(201);
  await api.anonymous().post('/v1/activations').send({ phone, code: issued.body.code, password }).expect(201);
  return { personId: issued.body.personId, code: issued.body.code };
}

/** Signs in with the body transport and answers the session (tokens in the body). */
export async function signIn(api: TestApi, login: { phone: string } | { staffId: string }, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string; sessionId: string; person: { personId: string; subject: string; role: string } }> {
  return (await api.anonymous().post('/v1/sessions').set('User-Agent', 'identity-test').send({ ...login, password }).expect(201)).body;
}

/** Requests on the api with this bearer token. */
export function bearer(api: TestApi, token: string): Agent {
  return request.agent(api.app.server).set('Authorization', `Bearer ${token}`);
}

/** Repeats `attempt` until it returns true, for at most `ms`; how long it took, or null. */
export async function within(ms: number, attempt: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await attempt()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}
