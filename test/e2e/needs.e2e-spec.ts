import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const A = 'nd-a';
const B = 'nd-b';

/**
 * Elderly-care projects: nd-visits by team nd-team (a1, a2), nd-clinic by unit
 * nd-hospital (a2, a3), nd-paused (paused) by unit nd-school (a4). A tutoring
 * project by nd-school too. The need is elderly care.
 */
describe('residents\' needs (需求清单) matched to projects and volunteers', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'nd-staff');
  const fresh = async () => String(await api.headPosition());
  const v: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    for (const unitId of ['nd-hospital', 'nd-school']) await admin().post('/v1/units').send({ unitId, communityId: A, name: unitId, kind: 'other' }).expect(201);
    for (const unitId of [undefined, 'nd-hospital', 'nd-hospital', 'nd-school']) {
      v.push((await admin().post('/v1/volunteers').send({ name: '志愿者', phone: uniquePhone(), communityId: A, ...(unitId ? { unitId } : {}) }).expect(201)).body.volunteerId);
    }
    await staff().post('/v1/teams').send({ teamId: 'nd-team', communityId: A, name: '银龄服务队' }).expect(201);
    for (const volunteerId of [v[0], v[1]]) await staff().post('/v1/teams/nd-team/members').send({ volunteerId }).expect(201);
    const project = (projectId: string, category: string, kind: string, id: string) => ({ projectId, communityId: A, title: projectId, category, description: '项目', provider: { kind, id } });
    await staff().post('/v1/service-projects').send(project('nd-visits', 'elderly_care', 'team', 'nd-team')).expect(201);
    await staff().post('/v1/service-projects').send(project('nd-clinic', 'elderly_care', 'unit', 'nd-hospital')).expect(201);
    await staff().post('/v1/service-projects').send(project('nd-paused', 'elderly_care', 'unit', 'nd-school')).expect(201);
    await staff().put('/v1/service-projects/nd-paused/status').send({ status: 'paused' }).expect(200);
    await staff().post('/v1/service-projects').send(project('nd-tutor', 'tutoring', 'unit', 'nd-school')).expect(201);
  }, 60_000);

  afterAll(() => api.close());

  it('lists a community\'s needs and answers the matching projects and volunteers for one', async () => {
    await staff().post('/v1/needs').send({ needId: 'nd-elders', communityId: A, category: 'elderly_care', description: '独居老人需要每周探访' }).expect(201);
    await staff().post('/v1/needs').send({ needId: 'nd-culture', communityId: A, category: 'culture', description: '社区文艺活动' }).expect(201);
    expect((await staff().post('/v1/needs').send({ needId: 'nd-elders', communityId: A, category: 'elderly_care', description: '重复' }).expect(409)).body.code).toBe('NEED_ALREADY_EXISTS');
    await staff().post('/v1/needs/nd-culture/close').send({ reason: '已承接' }).expect(201);
    const at = await fresh();

    const needs = (await staff().get(`/v1/needs?communityId=${A}`).set('X-Min-Position', at).expect(200)).body.items;
    expect(needs.map((need: { needId: string; status: string }) => [need.needId, need.status])).toEqual([['nd-culture', 'closed'], ['nd-elders', 'open']]);

    const matches = (await staff().get('/v1/needs/nd-elders/matches').expect(200)).body;
    expect(matches.projects).toEqual([
      { projectId: 'nd-clinic', title: 'nd-clinic', provider: { kind: 'unit', id: 'nd-hospital' } },
      { projectId: 'nd-visits', title: 'nd-visits', provider: { kind: 'team', id: 'nd-team' } },
    ]);
    const expected = [
      { volunteerId: v[0], via: [{ kind: 'team', id: 'nd-team' }] },
      { volunteerId: v[1], via: [{ kind: 'team', id: 'nd-team' }, { kind: 'unit', id: 'nd-hospital' }] },
      { volunteerId: v[2], via: [{ kind: 'unit', id: 'nd-hospital' }] },
    ].sort((a, b) => (a.volunteerId < b.volunteerId ? -1 : 1));
    expect(matches.volunteers).toEqual(expected);
    expect((await staff().get('/v1/needs/nd-culture/matches').expect(200)).body).toMatchObject({ projects: [], volunteers: [] });
  });

  it('keeps staff to their communities', async () => {
    await api.as('staff', [B], 'nd-staff-b').get('/v1/needs/nd-elders/matches').expect(403);
    await staff().get('/v1/needs/nd-nowhere/matches').expect(404);
  });
});
