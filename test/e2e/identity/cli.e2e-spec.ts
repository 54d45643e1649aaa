import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { CliIo } from '../../../apps/cli/src/cli-command';
import { COMMANDS } from '../../../apps/cli/src/commands';
import { runCli } from '../../../apps/cli/src/run-cli';
import { startTestApi, type TestApi } from '../../support/api';
import { PASSWORD, signIn, within } from './identity-support';

/** The CLI against the database of a running api, as an operator runs it beside the service. */
describe('cli: admin create and tokens, while the api runs', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api?.close());

  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const io: CliIo & { out: string; err: string } = {
      out: '',
      err: '',
      env: { DATABASE_URL: api.app.database.url, JWT_SECRET: api.app.config.jwtSecret, DATA_DIR: '/nonexistent', PUBLIC_URL: 'https://shiji.example.org' },
      stdout: (text) => void (io.out += text),
      stderr: (text) => void (io.err += text),
    };
    const code = await runCli(argv, COMMANDS, io);
    return { code, out: io.out, err: io.err };
  }
  const withToken = (token: string) => request(api.app.server).get('/v1/me').set('Authorization', `Bearer ${token}`);

  it('admin create prints an invitation code, never a password; the admin activates and acts through the running api', async () => {
    const created = await cli('admin', 'create', '--name', '首位管理员', '--phone', '13800000801');
    expect(created.code).toBe(0);
    const code = created.out.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(created.out).toBe(`${code}\n`);
    expect(created.err).toContain(`https://shiji.example.org/activate#code=${code}`);

    await api.anonymous().post('/v1/sessions').send({ phone: '13800000801', password: PASSWORD }).expect(401);
    await api.anonymous().post('/v1/activations').send({ phone: '13800000801', code, password: PASSWORD }).expect(201);
    const session = await signIn(api, { phone: '13800000801' });
    expect(session.person.role).toBe('admin');
    await request(api.app.server).post('/v1/communities').set('Authorization', `Bearer ${session.accessToken}`).send({ communityId: 'cli', name: '命令行社区' }).expect(201);
    const events = await api.as('auditor').get(`/v1/audit/streams/person-${session.person.personId}`).expect(200);
    expect(events.body.items[0]).toMatchObject({ type: 'RoleGranted', metadata: { actor: { id: 'cli', role: 'operator' } } });

    const again = await cli('admin', 'create', '--name', '重复', '--phone', '13800000801');
    expect(again).toMatchObject({ code: 1, out: '' });
    expect(again.err).toBe('该手机号已用于另一个账户 / The phone number already belongs to another account\n');
  });

  it('issues tokens only for subjects that exist', async () => {
    const none = await cli('token', '--role', 'admin', '--sub', 'alice');
    expect(none.code).toBe(1);
    expect(none.out).toBe('');
    expect(none.err).toContain('no admin "alice" exists');
    expect((await cli('token', '--role', 'volunteer', '--sub', 'nobody')).code).toBe(1);
    expect((await cli('token', '--role', 'staff', '--sub', 'nobody')).code).toBe(1);

    await api.as('admin').post('/v1/staff').send({ staffId: 'bob', name: '鲍勃', communityIds: ['cli'] }).expect(201);
    const staff = await cli('token', '--role', 'staff', '--sub', 'bob', '--communities', 'cli, other,', '--ttl', '15m');
    expect(staff.code).toBe(0);
    const token = staff.out.trim();
    expect(staff.out).toBe(`${token}\n`);
    const claims = jwt.verify(token, api.app.config.jwtSecret) as jwt.JwtPayload;
    expect(claims).toMatchObject({ sub: 'bob', role: 'staff', communities: ['cli', 'other'] });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
    expect((await withToken(token).expect(200)).body.communities).toEqual(['cli']);

    const volunteerId = (await api.as('staff', ['cli'], 'bob').post('/v1/volunteers').send({ name: '志愿者', phone: '13900000801', communityId: 'cli' }).expect(201)).body.volunteerId;
    expect((await cli('token', '--role', 'volunteer', '--sub', volunteerId)).code).toBe(0);
    await api.as('admin').post(`/v1/volunteers/${volunteerId}/erasure`).expect(201);
    expect((await cli('token', '--role', 'volunteer', '--sub', volunteerId)).code).toBe(1);
  });

  it('a token lives 8 hours by default, at most 30 days', async () => {
    const admin = (await api.as('admin').get('/v1/people?role=admin').expect(200)).body.items[0].personId;
    const issued = await cli('token', '--role', 'admin', '--sub', admin);
    const claims = jwt.decode(issued.out.trim()) as jwt.JwtPayload;
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(8 * 3600);
    expect((await cli('token', '--role', 'admin', '--sub', admin, '--ttl', '30d')).code).toBe(0);
    expect((await cli('token', '--role', 'admin', '--sub', admin, '--ttl', '31d')).code).toBe(2);
  });

  it('lists the live tokens and revokes one: every api instance refuses it within a second', async () => {
    const admin = (await api.as('admin').get('/v1/people?role=admin').expect(200)).body.items[0].personId;
    const issued = await cli('token', '--role', 'admin', '--sub', admin, '--ttl', '1h');
    const token = issued.out.trim();
    const tokenId = (jwt.decode(token) as jwt.JwtPayload).jti as string;
    await withToken(token).expect(200);

    const listed = await cli('token', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^${tokenId}  admin  ${admin}  issued \\S+  expires \\S+$`, 'm'));
    expect(listed.out).not.toContain(token);

    const revoked = await cli('token', 'revoke', tokenId);
    expect(revoked.code).toBe(0);
    expect(await within(1_000, async () => (await withToken(token)).status === 401)).not.toBeNull();
    expect((await cli('token', 'list')).out).not.toContain(tokenId);
    expect((await cli('token', 'revoke', tokenId)).code).toBe(1);
  });
});
