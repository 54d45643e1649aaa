import { startTestApi, type TestApi } from '../../support/api';
import { activateVolunteer, bearer, inviteAndActivate, OTHER_PASSWORD, PASSWORD, signIn } from './identity-support';

const A = 'codes-a';

/** An admin's new one-time code for staff, admins and auditors: an expired invitation again, or a forgotten password. */
describe('a new sign-in code from an admin', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '重发社区' }).expect(201);
  });

  afterAll(() => api.close());

  const issue = (personId: string, as = api.as('admin')) => as.post(`/v1/people/${personId}/sign-in-codes`).send({});

  it('invites again someone who never set a password, and their earlier code stops working', async () => {
    const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '孙审计', phone: '13800000501' }).expect(201);
    const again = await issue(invited.body.personId).expect(200);
    expect(again.body).toMatchObject({ personId: invited.body.personId, role: 'auditor', purpose: 'invitation', activationUrl: expect.stringMatching(/\/activate#code=/) });
    expect(Date.parse(again.body.expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    expect((await api.anonymous().post('/v1/activations').send({ phone: '13800000501', code: invited.body.code, password: PASSWORD }).expect(422)).body.code).toBe('SIGN_IN_CODE_INVALID');
    await api.anonymous().post('/v1/activations').send({ phone: '13800000501', code: again.body.code, password: PASSWORD }).expect(201);
    await signIn(api, { phone: '13800000501' });
  });

  it('resets a forgotten password: the new one signs in, the old one and every session end', async () => {
    const staff = await inviteAndActivate(api, { role: 'staff', name: '周干事', phone: '13800000502', staffId: 'zhou', communityIds: [A] });
    const session = await signIn(api, { staffId: 'zhou' });
    const reset = await issue(staff.personId).expect(200);
    expect(reset.body.purpose).toBe('password-reset');
    await api.anonymous().post('/v1/activations').send({ phone: '13800000502', code: reset.body.code, password: OTHER_PASSWORD }).expect(201);
    await bearer(api, session.accessToken).get('/v1/me').expect(401);
    await api.anonymous().post('/v1/sessions').send({ staffId: 'zhou', password: PASSWORD }).expect(401);
    await signIn(api, { staffId: 'zhou' }, OTHER_PASSWORD);
  });

  it('is for admins only, for people who exist, and never for a volunteer, whose code comes from staff', async () => {
    const registered = await api.as('admin').post('/v1/volunteers').send({ name: '吴大妈', phone: '13900000503', communityId: A }).expect(201);
    const volunteer = await activateVolunteer(api, () => api.as('staff', [A], 'desk'), registered.body.volunteerId, '13900000503');
    expect((await issue(volunteer.personId).expect(409)).body.code).toBe('VOLUNTEER_CODES_FROM_STAFF');
    expect((await issue('00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('NOT_FOUND');
    expect((await issue('not-a-person').expect(404)).body.code).toBe('NOT_FOUND');
    expect((await issue(volunteer.personId, api.as('staff', [A], 'desk')).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await issue(volunteer.personId, api.as('auditor')).expect(403)).body.code).toBe('FORBIDDEN');
  });
});
