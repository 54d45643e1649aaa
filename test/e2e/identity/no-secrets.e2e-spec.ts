import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { Response } from 'supertest';
import { startTestApi, type TestApi } from '../../support/api';
import { bearer } from './identity-support';

const ORIGIN = 'http://console.test';

/**
 * No password, code or token appears in any log line, event, export, error
 * or table: every secret this test handles is looked for, as text and as
 * hex, in the api's whole log (at debug), every row of every table and the
 * audit export.
 */
describe('secrets stay secret', () => {
  let api: TestApi;
  let pool: Pool;
  const lines: string[] = [];
  const secrets = new Set<string>();
  const answers: Response[] = [];
  const keep = (response: Response): Response => {
    answers.push(response);
    return response;
  };
  const secret = (value: string | undefined): string => {
    if (value) secrets.add(value);
    return value ?? '';
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { LOG_LEVEL: 'debug', PUBLIC_URL: ORIGIN }, logDestination: { write: (line: string) => void lines.push(line) } });
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    await api.as('admin').post('/v1/communities').send({ communityId: 'mima', name: '密码社区' }).expect(201);

    const staffPassword = secret('Staff pass 1 秘密 phrase');
    const invited = keep(await api.as('admin').post('/v1/invitations').set('Idempotency-Key', 'invite-1').send({ role: 'staff', name: '密主任', phone: '13800000701', staffId: 'mi', communityIds: ['mima'], sms: true }).expect(201));
    const invitationCode = secret(invited.body.code);
    secret(invitationCode.replace(/-/g, ''));
    keep(await api.anonymous().post('/v1/activations').set('Idempotency-Key', 'activate-1').send({ phone: '13800000701', code: invitationCode, password: staffPassword }).expect(201));

    const staff = keep(await api.anonymous().post('/v1/sessions').set('Idempotency-Key', 'sign-in-1').send({ staffId: 'mi', password: staffPassword }).expect(201)).body;
    secret(staff.accessToken);
    secret(staff.refreshToken);
    const volunteerId = (await bearer(api, staff.accessToken).post('/v1/volunteers').send({ name: '密大爷', phone: '13900000701', communityId: 'mima' }).expect(201)).body.volunteerId;
    const issued = keep(await bearer(api, staff.accessToken).post(`/v1/volunteers/${volunteerId}/activation-codes`).set('Idempotency-Key', 'code-1').send({ sms: true }).expect(201));
    const volunteerCode = secret(issued.body.code);
    const volunteerPassword = secret('Volunteer pass 2 保密 words');
    keep(await api.anonymous().post('/v1/activations').send({ phone: '13900000701', code: `${volunteerCode.slice(0, 4)} ${volunteerCode.slice(4)}`, password: volunteerPassword }).expect(201));

    // Failures of every kind, each with a secret in it.
    const wrongPassword = secret('Wrong pass 3 错误 guess');
    keep(await api.anonymous().post('/v1/sessions').send({ phone: '13900000701', password: wrongPassword }).expect(401));
    keep(await api.anonymous().post('/v1/sessions').send({ phone: '13700000701', password: wrongPassword }).expect(401));
    keep(await api.anonymous().post('/v1/sessions').send({ staffId: secret('typed-password-in-login'), password: wrongPassword }).expect(401));
    keep(await api.anonymous().post('/v1/activations').send({ phone: '13900000701', code: secret('87654321'), password: secret('Guessing pass 4 猜测') }).expect(422));
    keep(await api.anonymous().post('/v1/activations').send({ phone: '13900000701', code: volunteerCode, password: secret('q7!Zx') }).expect(422));
    keep(await api.anonymous().post('/v1/sessions').send({ phone: '13900000701', password: secret('x'.repeat(300)) }).expect(400));

    const volunteer = keep(await api.anonymous().post('/v1/sessions').send({ phone: '13900000701', password: volunteerPassword }).expect(201)).body;
    secret(volunteer.accessToken);
    secret(volunteer.refreshToken);
    const rotated = keep(await api.anonymous().post('/v1/sessions/refresh').set('Idempotency-Key', 'refresh-1').send({ refreshToken: volunteer.refreshToken }).expect(200)).body;
    secret(rotated.accessToken);
    secret(rotated.refreshToken);
    keep(await api.anonymous().post('/v1/sessions/refresh').send({ refreshToken: volunteer.refreshToken }).expect(401));

    const consoleSession = keep(await api.anonymous().post('/v1/sessions').set('Origin', ORIGIN).send({ staffId: 'mi', password: staffPassword, refreshTokenIn: 'cookie' }).expect(201));
    secret(consoleSession.body.accessToken);
    const csrf = secret(consoleSession.body.csrfToken);
    const refreshCookie = secret(/shiji_refresh=([^;]+)/.exec(String(consoleSession.headers['set-cookie']))![1]);
    keep(await api.anonymous().post('/v1/sessions/refresh').set('Cookie', `shiji_refresh=${refreshCookie}; shiji_csrf=${csrf}`).set('Origin', 'https://evil.example').set('X-CSRF-Token', csrf).send({}).expect(403));
    const refreshedConsole = keep(await api.anonymous().post('/v1/sessions/refresh').set('Cookie', `shiji_refresh=${refreshCookie}; shiji_csrf=${csrf}`).set('Origin', ORIGIN).set('X-CSRF-Token', csrf).send({}).expect(200));
    secret(refreshedConsole.body.accessToken);
    secret(/shiji_refresh=([^;]+)/.exec(String(refreshedConsole.headers['set-cookie']))![1]);

    const newPassword = secret('New staff pass 5 更新 phrase');
    keep(await bearer(api, staff.accessToken).put('/v1/me/password').set('Idempotency-Key', 'password-1').send({ oldPassword: wrongPassword, newPassword }).expect(422));
    keep(await bearer(api, staff.accessToken).put('/v1/me/password').set('Idempotency-Key', 'password-2').send({ oldPassword: staffPassword, newPassword }).expect(200));
    keep(await bearer(api, staff.accessToken).get('/v1/me').expect(200));
    keep(await bearer(api, volunteer.accessToken).get('/v1/me').expect(401));
    await api.waitForProjections();
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  /** The secret as text, and as the hex a bytea column would show it in. */
  function forms(value: string): string[] {
    return [value, Buffer.from(value, 'utf8').toString('hex')];
  }

  function found(haystack: string): string[] {
    return [...secrets].filter((value) => forms(value).some((form) => haystack.includes(form)));
  }

  it('handled secrets of every kind (the test itself is not empty)', () => {
    expect(secrets.size).toBeGreaterThanOrEqual(20);
    expect(lines.length).toBeGreaterThan(20);
  });

  it('no log line holds one, nor a phone in the clear; SMS is logged as queued, to a masked phone', () => {
    const log = lines.join('');
    expect(found(log)).toEqual([]);
    expect(log).not.toContain('13900000701');
    expect(log).not.toContain('13800000701');
    const queued = lines.map((line) => JSON.parse(line) as { msg: string; to?: string; purpose?: string }).filter((line) => line.msg.startsWith('sms queued'));
    expect(queued).toEqual([expect.objectContaining({ to: '138****0701', purpose: 'invitation' }), expect.objectContaining({ to: '139****0701', purpose: 'activation' })]);
  });

  it('no table holds one: not the events, not the identity tables, not the idempotency keys', async () => {
    const { rows: tables } = await pool.query<{ schema: string; table: string }>(
      "SELECT table_schema AS schema, table_name AS table FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'",
    );
    expect(tables.map((table) => table.table)).toEqual(expect.arrayContaining(['shiji_events', 'identity_accounts', 'identity_sign_in_log', 'idempotency_keys']));
    const holding: string[] = [];
    for (const { schema, table } of tables) {
      const { rows } = await pool.query<{ row: string }>(`SELECT t::text AS row FROM "${schema}"."${table}" t`);
      for (const value of found(rows.map((row) => row.row).join('\n'))) holding.push(`${table}: ${value.slice(0, 12)}…`);
    }
    expect(holding).toEqual([]);
    expect((await pool.query("SELECT 1 FROM idempotency_keys WHERE key IN ('invite-1', 'activate-1', 'sign-in-1', 'code-1', 'refresh-1', 'password-1', 'password-2')")).rowCount).toBe(0);
  });

  it('no event holds one, as the audit export streams them', async () => {
    const exported = await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/x-ndjson').buffer(true).parse((response, done) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => done(null, text));
    });
    expect(exported.status).toBe(200);
    expect(String(exported.body)).toContain('RoleGranted');
    expect(found(String(exported.body))).toEqual([]);
  });

  it('no error answer holds one', () => {
    const failures = answers.filter((answer) => answer.status >= 400);
    expect(failures.length).toBeGreaterThanOrEqual(8);
    expect(found(failures.map((answer) => JSON.stringify(answer.body) + JSON.stringify(answer.headers)).join('\n'))).toEqual([]);
  });
});
