import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { startTestApi, type TestApi } from '../../support/api';
import { activateVolunteer, bearer, inviteAndActivate, PASSWORD, signIn } from './identity-support';

const A = 'beixiajie';
const B = 'nanxiajie';

/** Every person from invitation or activation code to acting in their role, and nothing beyond it. */
describe('accounts: invite or activate, sign in, act', () => {
  let api: TestApi;
  let pool: Pool;
  const staffOfA = () => api.as('staff', [A], 'desk-a');

  beforeAll(async () => {
    api = await startTestApi();
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    for (const [communityId, name] of [[A, '北下街社区'], [B, '南下街社区']]) await api.as('admin').post('/v1/communities').send({ communityId, name }).expect(201);
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('staff: invited with their communities, registered as staff, sign in by phone or staff id, act in their community only', async () => {
    const invited = await inviteAndActivate(api, { role: 'staff', name: '李主任', phone: '13800000101', staffId: 'li-zhuren', communityIds: [A] });
    expect(invited.subject).toBe('li-zhuren');
    const staffView = await api.as('admin').get('/v1/staff/li-zhuren').set('X-Min-Position', String(await api.headPosition())).expect(200);
    expect(staffView.body).toMatchObject({ staffId: 'li-zhuren', communities: [A] });

    const byPhone = await signIn(api, { phone: '13800000101' });
    expect(byPhone.person).toMatchObject({ role: 'staff', subject: 'li-zhuren', personId: invited.personId });
    const byStaffId = await signIn(api, { staffId: 'li-zhuren' });
    const registered = await bearer(api, byStaffId.accessToken).post('/v1/volunteers').send({ name: '张大爷', phone: '13900000101', communityId: A }).expect(201);
    expect(registered.body.volunteerId).toEqual(expect.any(String));
    expect((await bearer(api, byPhone.accessToken).post('/v1/volunteers').send({ name: '王阿姨', phone: '13900000102', communityId: B }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await bearer(api, byPhone.accessToken).get('/v1/me').expect(200)).body).toMatchObject({ id: 'li-zhuren', role: 'staff', communities: [A], sessionId: byPhone.sessionId });
  });

  it('staff: a grant made after sign-in counts at once, since what a session may do is read from current state', async () => {
    await inviteAndActivate(api, { role: 'staff', name: '赵干事', phone: '13800000102', staffId: 'zhao', communityIds: [] });
    const session = await signIn(api, { staffId: 'zhao' });
    await bearer(api, session.accessToken).get(`/v1/volunteers?communityId=${A}`).expect(403);
    await api.as('admin').post('/v1/staff/zhao/grants').send({ communityId: A }).expect(201);
    await bearer(api, session.accessToken).get(`/v1/volunteers?communityId=${A}`).expect(200);
  });

  it('admin: invited, then may do what admins do', async () => {
    const invited = await inviteAndActivate(api, { role: 'admin', name: '街道管理员', phone: '13800000103' });
    expect(invited.subject).toBe(invited.personId);
    const session = await signIn(api, { phone: '13800000103' });
    const created = await bearer(api, session.accessToken).post('/v1/communities').send({ communityId: 'dongxiajie', name: '东下街社区' }).expect(201);
    // The log shows an event once every transaction that began before it has ended (a projection batch may still be open then).
    const deadline = Date.now() + 10_000;
    let newest: { position: number; metadata: { actor: unknown } } | undefined;
    while (!(newest && newest.position >= created.body.position) && Date.now() < deadline) {
      if (newest) await new Promise((resolve) => setTimeout(resolve, 50));
      newest = (await bearer(api, session.accessToken).get('/v1/audit/events?type=CommunityRegistered&limit=10').expect(200)).body.items.at(-1);
    }
    expect(newest?.position).toBe(created.body.position);
    expect(newest?.metadata.actor).toEqual({ id: invited.personId, role: 'admin' });
  });

  it('auditor: invited, reads everything, changes nothing', async () => {
    await inviteAndActivate(api, { role: 'auditor', name: '审计员', phone: '13800000104' });
    const session = await signIn(api, { phone: '13800000104' });
    await bearer(api, session.accessToken).get('/v1/audit/events?limit=1').expect(200);
    await bearer(api, session.accessToken).get('/v1/audit/sign-ins').expect(200);
    expect((await bearer(api, session.accessToken).post('/v1/communities').send({ communityId: 'xixiajie', name: '西下街社区' }).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('volunteer: from an activation code to reading their own account, and 403 on another\'s', async () => {
    const mine = (await staffOfA().post('/v1/volunteers').send({ name: '孙秀英', phone: '13900000201', communityId: A }).expect(201)).body.volunteerId;
    const other = (await staffOfA().post('/v1/volunteers').send({ name: '周秀兰', phone: '13900000202', communityId: A }).expect(201)).body.volunteerId;
    const issued = await staffOfA().post(`/v1/volunteers/${mine}/activation-codes`).send({}).expect(201);
    expect(issued.body).toMatchObject({ volunteerId: mine, purpose: 'activation', code: expect.stringMatching(/^\d{8}$/) });
    expect(issued.body.activationUrl).toMatch(new RegExp(`/activate#code=${issued.body.code}$`));
    expect(issued.body.slip).toMatchObject({ name: '孙秀英', phone: '139****0201', code: `${issued.body.code.slice(0, 4)} ${issued.body.code.slice(4)}`, activationUrl: issued.body.activationUrl });
    expect(Date.parse(issued.body.expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);

    await api.anonymous().post('/v1/activations').send({ phone: '13900000201', code: issued.body.code, password: PASSWORD }).expect(201);
    const session = await signIn(api, { phone: '13900000201' });
    expect(session.person).toMatchObject({ role: 'volunteer', subject: mine, name: '孙秀英' });
    await api.waitForProjections();
    const account = await bearer(api, session.accessToken).get(`/v1/volunteers/${mine}/account`).expect(200);
    expect(account.body.volunteerId).toBe(mine);
    expect((await bearer(api, session.accessToken).get(`/v1/volunteers/${other}/account`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('volunteer codes come only from staff of the volunteer\'s community', async () => {
    const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '吴大妈', phone: '13900000203', communityId: A }).expect(201)).body.volunteerId;
    await api.waitForProjections();
    expect((await api.as('staff', [B], 'desk-b').post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await api.as('admin').post('/v1/volunteers/nobody/activation-codes').send({}).expect(404)).body.code).toBe('VOLUNTEER_NOT_FOUND');
  });

  it('a forgotten password is a new code from staff: it replaces the password and ends every session', async () => {
    const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '郑大爷', phone: '13900000204', communityId: A }).expect(201)).body.volunteerId;
    await activateVolunteer(api, staffOfA, volunteerId, '13900000204');
    const before = await signIn(api, { phone: '13900000204' });
    const reset = await staffOfA().post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(201);
    expect(reset.body.purpose).toBe('password-reset');
    await api.anonymous().post('/v1/activations').send({ phone: '13900000204', code: reset.body.code, password: 'a brand new 4 password!' }).expect(201);
    await bearer(api, before.accessToken).get('/v1/me').expect(401);
    await api.anonymous().post('/v1/sessions').send({ phone: '13900000204', password: PASSWORD }).expect(401);
    await signIn(api, { phone: '13900000204' }, 'a brand new 4 password!');
  });

  it('an invitation refuses a phone already taken and a staff id that has an account', async () => {
    expect((await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '重复', phone: '13800000104' }).expect(409)).body.code).toBe('PHONE_IN_USE');
    expect((await api.as('admin').post('/v1/invitations').send({ role: 'staff', name: '重复', phone: '13800000199', staffId: 'li-zhuren' }).expect(409)).body.code).toBe('ACCOUNT_EXISTS');
    await api.as('admin').post('/v1/invitations').send({ role: 'admin', name: '管理员', phone: '13800000198', staffId: 'x' }).expect(400);
    await api.as('admin').post('/v1/invitations').send({ role: 'staff', name: '无工号', phone: '13800000197' }).expect(400);
  });

  it('staff already registered through POST /v1/staff can be invited, keeping their stream', async () => {
    await api.as('admin').post('/v1/staff').send({ staffId: 'old-hand', name: '老王', communityIds: [B] }).expect(201);
    await inviteAndActivate(api, { role: 'staff', name: '老王', phone: '13800000105', staffId: 'old-hand', communityIds: [A, B] });
    const session = await signIn(api, { staffId: 'old-hand' });
    expect((await bearer(api, session.accessToken).get('/v1/me').expect(200)).body.communities.sort()).toEqual([A, B]);
  });

  it('an invitation answers its one-time code, the console link that carries it, and an expiry 72 h away', async () => {
    const before = Date.now();
    const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '孙审计', phone: '13800000171' }).expect(201);
    expect(invited.body.activationUrl).toMatch(new RegExp(`^https?://[^/]+/activate#code=${invited.body.code}$`));
    const hours = (Date.parse(invited.body.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72.01);
  });

  it('passwords: weak ones refused with a message in Chinese, and the code stays usable', async () => {
    const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '钱审计', phone: '13800000106' }).expect(201);
    for (const weak of ['1234567', 'password1', '13800000106', 'aaaaaaaaaa']) {
      const refused = await api.anonymous().post('/v1/activations').send({ phone: '13800000106', code: invited.body.code, password: weak }).expect(422);
      expect(refused.body.code).toBe('WEAK_PASSWORD');
      expect(refused.body.detail).toMatch(/^密码/);
    }
    await api.anonymous().post('/v1/activations').send({ phone: '13800000106', code: invited.body.code.toLowerCase().replace(/-/g, ' '), password: PASSWORD }).expect(201);
    const { rows } = await pool.query<{ password_hash: string }>("SELECT password_hash FROM identity_accounts WHERE phone = '13800000106'");
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  describe('codes', () => {
    it('an invitation code works once', async () => {
      const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '一次', phone: '13800000107' }).expect(201);
      await api.anonymous().post('/v1/activations').send({ phone: '13800000107', code: invited.body.code, password: PASSWORD }).expect(201);
      const again = await api.anonymous().post('/v1/activations').send({ phone: '13800000107', code: invited.body.code, password: 'another fine 9 password' }).expect(422);
      expect(again.body.code).toBe('SIGN_IN_CODE_INVALID');
      await signIn(api, { phone: '13800000107' });
    });

    it('an activation code works once', async () => {
      const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '冯大姐', phone: '13900000205', communityId: A }).expect(201)).body.volunteerId;
      const { code } = await activateVolunteer(api, staffOfA, volunteerId, '13900000205');
      expect((await api.anonymous().post('/v1/activations').send({ phone: '13900000205', code, password: 'another fine 9 password' }).expect(422)).body.code).toBe('SIGN_IN_CODE_INVALID');
    });

    it('codes expire: invitations after 72 hours, activation codes after 14 days', async () => {
      const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '过期', phone: '13800000108' }).expect(201);
      expect(Date.parse(invited.body.expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
      expect(Date.parse(invited.body.expiresAt) - Date.now()).toBeLessThanOrEqual(72 * 3_600_000);
      // The clock moves past the end: the row says when it ends, and the database's clock decides.
      await pool.query("UPDATE identity_sign_in_codes SET expires_at = now() - interval '1 second' WHERE person_id = $1", [invited.body.personId]);
      expect((await api.anonymous().post('/v1/activations').send({ phone: '13800000108', code: invited.body.code, password: PASSWORD }).expect(422)).body.code).toBe('SIGN_IN_CODE_INVALID');

      const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '蒋大爷', phone: '13900000209', communityId: A }).expect(201)).body.volunteerId;
      const issued = await staffOfA().post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(201);
      expect(Date.parse(issued.body.expiresAt) - Date.now()).toBeLessThanOrEqual(14 * 86_400_000);
      await pool.query("UPDATE identity_sign_in_codes SET expires_at = now() - interval '1 second' WHERE person_id = $1", [issued.body.personId]);
      expect((await api.anonymous().post('/v1/activations').send({ phone: '13900000209', code: issued.body.code, password: PASSWORD }).expect(422)).body.code).toBe('SIGN_IN_CODE_INVALID');
    });

    it('a new code replaces the unused one', async () => {
      const first = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '换码', phone: '13800000109' }).expect(201);
      const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '陈大爷', phone: '13900000206', communityId: A }).expect(201)).body.volunteerId;
      const old = await staffOfA().post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(201);
      const renewed = await staffOfA().post(`/v1/volunteers/${volunteerId}/activation-codes`).send({}).expect(201);
      expect(renewed.body.personId).toBe(old.body.personId);
      expect((await api.anonymous().post('/v1/activations').send({ phone: '13900000206', code: old.body.code, password: PASSWORD }).expect(422)).body.code).toBe('SIGN_IN_CODE_INVALID');
      await api.anonymous().post('/v1/activations').send({ phone: '13900000206', code: renewed.body.code, password: PASSWORD }).expect(201);
      await api.anonymous().post('/v1/activations').send({ phone: '13800000109', code: first.body.code, password: PASSWORD }).expect(201);
    });

    it('a wrong code, a code for another phone and an unknown phone all answer the same, telling nothing', async () => {
      const invited = await api.as('admin').post('/v1/invitations').send({ role: 'auditor', name: '同答', phone: '13800000110' }).expect(201);
      const answers = [
        await api.anonymous().post('/v1/activations').send({ phone: '13800000110', code: '0000-0000-0000-0000', password: PASSWORD }),
        await api.anonymous().post('/v1/activations').send({ phone: '13800000111', code: invited.body.code, password: PASSWORD }),
        await api.anonymous().post('/v1/activations').send({ phone: '13700000000', code: '12345678', password: PASSWORD }),
      ];
      const shapes = answers.map((answer) => ({ status: answer.status, code: answer.body.code, title: answer.body.title, detail: answer.body.detail }));
      expect(new Set(shapes.map((shape) => JSON.stringify(shape))).size).toBe(1);
      expect(shapes[0]).toMatchObject({ status: 422, code: 'SIGN_IN_CODE_INVALID' });
      await api.anonymous().post('/v1/activations').send({ phone: '13800000110', code: invited.body.code, password: PASSWORD }).expect(201);
    });
  });

  it('a suspended volunteer may sign in and read, not act; reinstated, they act again', async () => {
    const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '褚大姐', phone: '13900000207', communityId: A }).expect(201)).body.volunteerId;
    await activateVolunteer(api, staffOfA, volunteerId, '13900000207');
    const activity = (
      await staffOfA().post('/v1/activities').send({ title: '探访', category: 'elderly_care', communityId: A, startsAt: '2031-01-01T01:00:00Z', endsAt: '2031-01-01T03:00:00Z', place: '养老院' }).expect(201)
    ).body.activityId;
    await staffOfA().post(`/v1/volunteers/${volunteerId}/suspension`).send({ reason: '核查 / under review' }).expect(201);
    await api.waitForProjections();

    const session = await signIn(api, { phone: '13900000207' });
    await bearer(api, session.accessToken).get(`/v1/volunteers/${volunteerId}/account`).expect(200);
    const refused = await bearer(api, session.accessToken).post(`/v1/activities/${activity}/signups`).send({ volunteerId }).expect(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', detail: expect.stringContaining('暂停') });
    // Their own password and sessions are not time-bank data.
    await bearer(api, session.accessToken).get('/v1/me/sessions').expect(200);

    await staffOfA().post(`/v1/volunteers/${volunteerId}/reinstatement`).expect(201);
    await bearer(api, session.accessToken).post(`/v1/activities/${activity}/signups`).send({ volunteerId }).expect(201);
  });

  it('erasure deletes the volunteer\'s credentials with their key, and their sessions end', async () => {
    const volunteerId = (await staffOfA().post('/v1/volunteers').send({ name: '卫大爷', phone: '13900000208', communityId: A }).expect(201)).body.volunteerId;
    const { personId } = await activateVolunteer(api, staffOfA, volunteerId, '13900000208');
    const session = await signIn(api, { phone: '13900000208' });
    await bearer(api, session.accessToken).get('/v1/me').expect(200);

    await api.as('admin').post(`/v1/volunteers/${volunteerId}/erasure`).expect(201);

    expect((await bearer(api, session.accessToken).get('/v1/me').expect(401)).body.detail).toContain('撤销');
    await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await api.anonymous().post('/v1/sessions').send({ phone: '13900000208', password: PASSWORD }).expect(401);
    for (const table of ['identity_accounts', 'identity_sessions', 'identity_sign_in_codes']) {
      expect((await pool.query(`SELECT 1 FROM ${table} WHERE person_id = $1`, [personId])).rowCount).toBe(0);
    }
    expect((await pool.query("SELECT 1 FROM identity_accounts WHERE phone = '13900000208'")).rowCount).toBe(0);
    const log = await api.as('auditor').get(`/v1/audit/sign-ins?personId=${personId}&kind=credentials-deleted`).expect(200);
    expect(log.body.items).toHaveLength(1);
  });

  it('the log records the facts without a secret: role granted, codes issued, account activated', async () => {
    const invited = await inviteAndActivate(api, { role: 'auditor', name: '孔审计', phone: '13800000112' });
    const stream = await api.as('auditor').get(`/v1/audit/streams/person-${invited.personId}`).expect(200);
    expect(stream.body.items.map((event: { type: string }) => event.type)).toEqual(['RoleGranted', 'SignInCodeIssued', 'AccountActivated']);
    expect(stream.body.items[0].data).toEqual({ personId: invited.personId, role: 'auditor', subject: invited.personId });
    expect(JSON.stringify(stream.body)).not.toContain(invited.code);
    expect(JSON.stringify(stream.body)).not.toContain('13800000112');
  });

  it('admins and auditors list everyone with an account, phones masked', async () => {
    const listed = await api.as('auditor').get('/v1/people?role=staff&subject=li-zhuren').expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ role: 'staff', subject: 'li-zhuren', name: '李主任', phone: '138****0101', status: 'active', lockedUntil: null })]);
    await api.as('staff', [A], 'desk-a').get('/v1/people').expect(403);
  });
});
