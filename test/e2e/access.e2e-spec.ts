import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { IS_PUBLIC } from '../../apps/api/src/platform/auth/public.decorator';
import { SCOPE } from '../../apps/api/src/platform/auth/scope.decorator';
import { startTestApi, type TestApi } from '../support/api';
import { ACCESS_TABLE, CALLERS, renderAccessTable, type Cell } from './access/access-table';
import { uniquePhone } from '../support/phones';

const A = 'alpha';
const B = 'beta';

describe('who may do what', () => {
  let api: TestApi;
  const ids: Record<string, string> = { A };
  let latest = 0;
  const admin = () => api.as('admin');
  const staffA = () => api.as('staff', [A], 'staff-a');

  async function write(response: Promise<{ status: number; body: Record<string, unknown> }>, status = 201): Promise<Record<string, unknown>> {
    const { status: got, body } = await response;
    if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
    if (typeof body.position === 'number') latest = Math.max(latest, body.position);
    return body;
  }

  beforeAll(async () => {
    api = await startTestApi();
    await write(admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }));
    await write(admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }));
    await write(admin().put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }), 200);
    const register = async (name: string, communityId: string) =>
      (await write(admin().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId, partyMember: true }))).volunteerId as string;
    ids.V1 = await register('张一', A);
    ids.V2 = await register('张二', A);
    ids.VB = await register('李乙', B);
    await write(staffA().post('/v1/teams').send({ teamId: 'alpha-team', communityId: A, name: '甲服务队' }));
    ids.team = 'alpha-team';
    await write(staffA().post('/v1/units').send({ unitId: 'alpha-unit', communityId: A, name: '甲单位', kind: 'school' }));
    ids.unit = 'alpha-unit';
    await write(staffA().post('/v1/service-projects').send({ projectId: 'alpha-project', communityId: A, title: '义诊', category: 'health_clinic', description: '每月', provider: { kind: 'team', id: 'alpha-team' } }));
    ids.project = 'alpha-project';
    await write(staffA().post('/v1/co-building-agreements').send({ agreementId: 'alpha-agreement', unitId: 'alpha-unit', communityId: A, startsOn: '2026-01-01', commitments: '共建', projectIds: ['alpha-project'] }));
    ids.agreement = 'alpha-agreement';
    await write(staffA().post('/v1/pairings').send({ pairingId: 'alpha-pairing', communityId: A, helper: { kind: 'unit', id: 'alpha-unit' }, category: 'elderly_care', frequency: '每月', startsOn: '2026-01-01' }));
    ids.pairing = 'alpha-pairing';
    await write(staffA().post('/v1/needs').send({ needId: 'alpha-need', communityId: A, category: 'health_clinic', description: '义诊' }));
    ids.need = 'alpha-need';
    ids.activity = (await write(
      staffA().post('/v1/activities').send({ title: '探访', category: 'elderly_care', communityId: A, startsAt: '2030-01-01T01:00:00Z', endsAt: '2030-01-01T03:00:00Z', place: '养老院' }),
    )).activityId as string;
    for (let hour = 0; hour < 5; hour += 1) {
      const record = await write(
        staffA().post('/v1/service-records').send({ volunteerId: ids.V1, category: 'elderly_care', startedAt: new Date(Date.UTC(2025, 0, 1, hour * 2)).toISOString(), minutes: 60, verify: true }),
      );
      ids.record = record.recordId as string;
    }
    ids.record2 = (await write(staffA().post('/v1/service-records').send({ volunteerId: ids.V2, category: 'culture', startedAt: '2025-02-01T01:00:00Z', minutes: 30, verify: true }))).recordId as string;
    await write(staffA().post(`/v1/volunteers/${ids.V1}/card`));
    ids.redemption = (await write(staffA().post('/v1/redemptions').send({ volunteerId: ids.V1, minutes: 10, description: '助洁' }))).redemptionId as string;
    ids.request = (await write(staffA().post('/v1/service-requests').send({ communityId: A, category: 'elderly_care', description: '打扫', wantedMinutes: 30, forVolunteerId: ids.V1 }))).requestId as string;
    ids.application = (await write(api.anonymous().post('/v1/volunteer-applications').send({ communityId: A, name: '王申请', phone: '13812340000', partyMember: false }))).applicationId as string;
    await write(admin().post('/v1/partners').send({ partnerId: 'teahouse', name: '茶馆', kind: 'other' }));
    await write(admin().post('/v1/rewards').send({ rewardId: 'tea', partnerId: 'teahouse', name: '茶', kind: 'priority', discountPercent: 10, minStarLevel: 1 }));
    await api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200);
  }, 60_000);

  afterAll(() => api.close());

  const callers = () => [api.as('volunteer', [A], ids.V1), api.as('staff', [A], 'staff-a'), api.as('staff', [B], 'staff-b'), api.as('admin'), api.as('auditor')];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name] ?? name);
  const fillBody = (body: Record<string, unknown>) => JSON.parse(fill(JSON.stringify(body))) as Record<string, unknown>;

  describe.each(ACCESS_TABLE.map((row) => [`${row.method} ${row.path}`, row] as const))('%s', (_name, row) => {
    it.each(CALLERS.map((caller, index) => [caller, row.expect[index]] as const))('as %s: %s', async (caller, expected: Cell) => {
      const agent = callers()[CALLERS.indexOf(caller)];
      const path = fill(row.path);
      const pending = agent[row.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
      const response = await (row.body ? pending.send(fillBody(row.body)) : pending);
      const status = expected === 'F' || expected === 'S' ? 403 : expected;
      if (response.status !== status) throw new Error(`${caller} ${row.method} ${path}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
      if (expected === 'F') expect(response.body.code).toBe('FORBIDDEN');
      if (expected === 'S') expect(response.body.code).toBe('OUT_OF_SCOPE');
      if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  it('covers every route, each declaring its scope', () => {
    const routes: string[] = [];
    const undeclared: string[] = [];
    // Nest's module container: every controller the api mounts.
    const container = (api.app.app as unknown as { container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: new () => object }> }> } }).container;
    for (const module of container.getModules().values()) {
      for (const { metatype } of module.controllers.values()) {
        const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
        for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
          const handler = (metatype.prototype as Record<string, unknown>)[name];
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler))].filter((part) => part !== '' && part !== '/').join('/')}`;
          const route = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} ${path}`;
          routes.push(route);
          const declared = Reflect.getMetadata(SCOPE, handler) ?? Reflect.getMetadata(SCOPE, metatype);
          const isPublic = Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, metatype);
          if (!declared && !isPublic) undeclared.push(route);
        }
      }
    }
    const tabled = new Set(ACCESS_TABLE.map((row) => `${row.method} ${row.route}`));
    expect(routes.filter((route) => !tabled.has(route))).toEqual([]);
    expect(undeclared).toEqual([]);
  });

  it('is the table README shows', () => {
    expect(readFileSync(join(__dirname, '../../README.md'), 'utf8')).toContain(renderAccessTable());
  });

  describe('tokens', () => {
    it('refuses no token, an expired token and a tampered one with 401', async () => {
      const path = `/v1/volunteers/${ids.V1}/account`;
      expect((await api.anonymous().get(path).expect(401)).body.code).toBe('UNAUTHENTICATED');
      const expired = api.app.tokens.issue({ sub: ids.V1, role: 'volunteer', communities: [A], ttlSeconds: 60 }, new Date(Date.now() - 3_600_000)).token;
      await api.anonymous().get(path).auth(expired, { type: 'bearer' }).expect(401);
      const [header, , signature] = api.app.token({ sub: ids.V2, role: 'volunteer' }).split('.');
      const forged = Buffer.from(JSON.stringify({ sub: ids.V1, role: 'admin', communities: [], jti: 'x', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
      await api.anonymous().get(path).auth(`${header}.${forged}.${signature}`, { type: 'bearer' }).expect(401);
      await api.anonymous().get(path).auth(jwt.sign({ sub: 'x', role: 'admin', communities: [], jti: 'j' }, 'not-the-secret-not-the-secret-not-the-secret', { expiresIn: 60 }), { type: 'bearer' }).expect(401);
    });

    it('refuses a staff token for staff nobody registered', async () => {
      const token = api.app.token({ sub: 'ghost', role: 'staff', communities: [A] });
      await api.anonymous().get(`/v1/volunteers/${ids.V1}`).auth(token, { type: 'bearer' }).expect(401);
    });

    it('narrows a staff token to the communities still granted: a revocation binds the same token at once', async () => {
      await write(admin().post('/v1/staff').send({ staffId: 'wang', name: '王主任', communityIds: [A, B] }));
      const token = api.app.token({ sub: 'wang', role: 'staff', communities: [A, B] });
      const asWang = () => api.anonymous().get(`/v1/volunteers/${ids.V1}/account`).auth(token, { type: 'bearer' });
      await asWang().expect(200);
      await write(admin().delete(`/v1/staff/wang/grants/${A}`), 200);
      expect((await asWang().expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await api.anonymous().get('/v1/me').auth(token, { type: 'bearer' }).expect(200)).body.communities).toEqual([B]);
      await write(admin().post('/v1/staff/wang/grants').send({ communityId: A }));
      await asWang().expect(200);
      // A grant never widens a token beyond the communities it names.
      const narrow = api.app.token({ sub: 'wang', role: 'staff', communities: [B] });
      await api.anonymous().get(`/v1/volunteers/${ids.V1}/account`).auth(narrow, { type: 'bearer' }).expect(403);
    });

    it('lists staff and the history of their grants for admins', async () => {
      await api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200);
      const wang = (await api.as('auditor').get('/v1/staff/wang').expect(200)).body;
      expect(wang).toMatchObject({ staffId: 'wang', communities: [B, A] });
      expect(wang.grants.map((grant: { communityId: string; revokedAt: string | null }) => [grant.communityId, grant.revokedAt === null ? 'held' : 'revoked'])).toEqual([
        [A, 'revoked'],
        [B, 'held'],
        [A, 'held'],
      ]);
    });
  });
});
