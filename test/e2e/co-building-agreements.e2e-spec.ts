import { startTestApi, type TestApi } from '../support/api';

const A = 'cb-a';
const B = 'cb-b';

/** The hospital (a unit of A) co-builds with A and with B; the school (of A) with A. */
describe('co-building agreements (共建协议)', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'cb-staff');
  const fresh = async () => String(await api.headPosition());

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'cb-hospital', communityId: A, name: '第一医院', kind: 'hospital' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'cb-school', communityId: A, name: '实验学校', kind: 'school' }).expect(201);
    const project = (projectId: string, communityId: string) =>
      ({ projectId, communityId, title: projectId, category: 'health_clinic', description: '义诊', provider: { kind: 'unit', id: 'cb-hospital' } });
    await admin().post('/v1/service-projects').send(project('cb-clinic', A)).expect(201);
    await admin().post('/v1/service-projects').send(project('cb-lecture', A)).expect(201);
  }, 60_000);

  afterAll(() => api.close());

  it('registers, amends and ends an agreement, listed per community and per unit', async () => {
    await staff().post('/v1/co-building-agreements')
      .send({ agreementId: 'cb-1', unitId: 'cb-hospital', communityId: A, startsOn: '2026-01-01', endsOn: '2026-12-31', commitments: '每月义诊一次；社区提供场地', projectIds: ['cb-clinic'] })
      .expect(201);
    await staff().post('/v1/co-building-agreements').send({ agreementId: 'cb-2', unitId: 'cb-school', communityId: A, startsOn: '2026-03-01', commitments: '四点半课堂' }).expect(201);
    await admin().post('/v1/co-building-agreements').send({ agreementId: 'cb-3', unitId: 'cb-hospital', communityId: B, startsOn: '2026-01-01', commitments: '健康讲座' }).expect(201);

    await staff().put('/v1/co-building-agreements/cb-1').send({ projectIds: ['cb-clinic', 'cb-lecture'], endsOn: null }).expect(200);
    await staff().post('/v1/co-building-agreements/cb-2/end').send({ endedOn: '2026-06-30' }).expect(201);
    const at = await fresh();

    const listed = (await staff().get(`/v1/co-building-agreements?communityId=${A}`).set('X-Min-Position', at).expect(200)).body.items;
    expect(listed.map((item: { agreementId: string }) => item.agreementId)).toEqual(['cb-1', 'cb-2']);
    expect(listed[0]).toMatchObject({ unitId: 'cb-hospital', communityId: A, startsOn: '2026-01-01', endsOn: null, commitments: '每月义诊一次；社区提供场地', projectIds: ['cb-clinic', 'cb-lecture'], endedOn: null });
    expect(listed[0].amendedAt).toEqual(expect.any(String));
    expect(listed[1]).toMatchObject({ unitId: 'cb-school', endsOn: null, projectIds: [], endedOn: '2026-06-30', amendedAt: null });

    const ofHospital = (await staff().get('/v1/units/cb-hospital/co-building-agreements').expect(200)).body.items;
    expect(ofHospital.map((item: { agreementId: string; communityId: string }) => [item.agreementId, item.communityId])).toEqual([['cb-1', A], ['cb-3', B]]);
  });

  it('refuses an ended agreement, bad dates, projects of another menu, unknown units and staff of another community', async () => {
    const refused = (response: { body: { code: string } }, code: string) => expect(response.body.code).toBe(code);
    refused(await staff().put('/v1/co-building-agreements/cb-2').send({ commitments: '新' }).expect(409), 'AGREEMENT_ENDED');
    refused(await staff().post('/v1/co-building-agreements/cb-1/end').send({ endedOn: '2025-12-31' }).expect(422), 'INVALID_AGREEMENT_DATES');
    refused(await admin().put('/v1/co-building-agreements/cb-3').send({ projectIds: ['cb-clinic'] }).expect(409), 'PROJECT_NOT_IN_COMMUNITY');
    refused(await staff().post('/v1/co-building-agreements').send({ agreementId: 'cb-4', unitId: 'cb-nowhere', communityId: A, startsOn: '2026-01-01', commitments: '无' }).expect(404), 'UNIT_NOT_FOUND');
    refused(await staff().post('/v1/co-building-agreements').send({ agreementId: 'cb-1', unitId: 'cb-school', communityId: A, startsOn: '2026-01-01', commitments: '重复' }).expect(409), 'AGREEMENT_ALREADY_EXISTS');
    await staff().put('/v1/co-building-agreements/cb-nowhere').send({ commitments: '无' }).expect(404);
    await api.as('staff', [B], 'cb-staff-b').post('/v1/co-building-agreements/cb-1/end').send({ endedOn: '2026-06-30' }).expect(403);
  });
});
