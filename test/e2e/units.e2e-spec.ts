import { VerificationsService } from '../../apps/api/src/features/audit/verifications.service';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const A = 'units-a';
const B = 'units-b';
const LIAISON = { name: '联络员赵敏', phone: '13912345678' };

describe('co-building units (驻区单位) and in-service Party members reporting in', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'units-staff');

  const register = async (communityId: string, partyMember = true, unitId?: string) =>
    (await admin().post('/v1/volunteers').send({ name: '党员', phone: uniquePhone(), communityId, partyMember, ...(unitId ? { unitId } : {}) }).expect(201)).body.volunteerId as string;

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
  }, 60_000);

  afterAll(() => api.close());

  it('registers a unit with its liaison officer sealed, shows them opened to staff, and never writes them in the clear', async () => {
    const created = await staff().post('/v1/units').send({ unitId: 'first-hospital', communityId: A, name: '市第一人民医院', kind: 'hospital', partyOrganisation: '医院党委', liaison: LIAISON }).expect(201);
    expect(created.headers.location).toBe('/v1/units/first-hospital');
    const unit = await staff().get('/v1/units/first-hospital').set('X-Min-Position', String(created.body.position)).expect(200);
    expect(unit.body).toMatchObject({ unitId: 'first-hospital', communityId: A, name: '市第一人民医院', kind: 'hospital', partyOrganisation: '医院党委', liaison: { ...LIAISON, erased: false }, status: 'active', members: 0 });
    const log = await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/x-ndjson').buffer(true).expect(200);
    expect(log.text).toContain('UnitRegistered');
    expect(log.text).not.toContain(LIAISON.name);
    expect(log.text).not.toContain(LIAISON.phone);
  });

  it('refuses a second unit of the same id, a community that does not exist, and bad input, appending nothing', async () => {
    const head = await api.headPosition();
    expect((await staff().post('/v1/units').send({ unitId: 'first-hospital', communityId: A, name: '重复', kind: 'hospital' }).expect(409)).body.code).toBe('UNIT_ALREADY_EXISTS');
    expect((await admin().post('/v1/units').send({ unitId: 'nowhere-unit', communityId: 'no-such-community', name: '某单位', kind: 'school' }).expect(404)).body.code).toBe('COMMUNITY_NOT_FOUND');
    const invalid = await staff().post('/v1/units').send({ unitId: 'x-unit', communityId: A, name: '某单位', kind: 'castle', liaison: { name: '某', phone: '123' } }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(await api.headPosition()).toBe(head);
  });

  it('edits what is sent, erases the liaison officer for good, and retires a unit once', async () => {
    await staff().put('/v1/units/first-hospital').send({ name: '第一人民医院' }).expect(200);
    let unit = (await staff().get('/v1/units/first-hospital').set('X-Min-Position', String(await api.headPosition())).expect(200)).body;
    expect(unit).toMatchObject({ name: '第一人民医院', partyOrganisation: '医院党委', liaison: { ...LIAISON, erased: false } });

    await admin().post('/v1/units/first-hospital/liaison-erasure').expect(201);
    unit = (await staff().get('/v1/units/first-hospital').set('X-Min-Position', String(await api.headPosition())).expect(200)).body;
    expect(unit.liaison).toBeNull();

    await staff().post('/v1/units').send({ unitId: 'old-factory', communityId: A, name: '老厂', kind: 'enterprise' }).expect(201);
    await staff().post('/v1/units/old-factory/retirement').send({ reason: '迁出辖区' }).expect(201);
    expect((await staff().post('/v1/units/old-factory/retirement').send({ reason: '再次' }).expect(409)).body.code).toBe('UNIT_RETIRED');
    expect((await staff().put('/v1/units/old-factory').send({ name: '新名' }).expect(409)).body.code).toBe('UNIT_RETIRED');
    const list = await staff().get(`/v1/units?communityId=${A}`).set('X-Min-Position', String(await api.headPosition())).expect(200);
    expect(list.body.items.map((item: { unitId: string; status: string }) => [item.unitId, item.status])).toEqual([['first-hospital', 'active'], ['old-factory', 'retired']]);
  });

  it('a volunteer names a registered, active unit by reference, or none', async () => {
    const head = await api.headPosition();
    expect((await admin().post('/v1/volunteers').send({ name: '某', phone: uniquePhone(), communityId: A, unitId: 'no-such-unit' }).expect(404)).body.code).toBe('UNIT_NOT_FOUND');
    expect((await admin().post('/v1/volunteers').send({ name: '某', phone: uniquePhone(), communityId: A, unitId: 'old-factory' }).expect(409)).body.code).toBe('UNIT_RETIRED');
    expect(await api.headPosition()).toBe(head);

    const volunteerId = await register(A, false, 'first-hospital');
    await staff().put(`/v1/volunteers/${volunteerId}/unit`).send({ unitId: 'no-such-unit' }).expect(404);
    await staff().put(`/v1/volunteers/${volunteerId}/unit`).send({ unitId: null }).expect(200);
    expect((await staff().get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(await api.headPosition())).expect(200)).body.unitId).toBeNull();
    await staff().put(`/v1/volunteers/${volunteerId}/unit`).send({ unitId: 'first-hospital' }).expect(200);
    expect((await staff().get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(await api.headPosition())).expect(200)).body.unitId).toBe('first-hospital');
  });

  it('Party members report in to the community where they live and are counted per unit and per community', async () => {
    await admin().post('/v1/units').send({ unitId: 'city-school', communityId: B, name: '市实验学校', kind: 'school' }).expect(201);
    const inA = [await register(A), await register(A), await register(A)];
    const inB = await register(B);
    const notMember = await register(A, false);

    await staff().post(`/v1/volunteers/${inA[0]}/report-ins`).send({ unitId: 'first-hospital' }).expect(201);
    await staff().post(`/v1/volunteers/${inA[1]}/report-ins`).send({ unitId: 'city-school' }).expect(201);
    // The member themselves may report in.
    await api.as('volunteer', [A], inA[2]).post(`/v1/volunteers/${inA[2]}/report-ins`).send({ unitId: 'first-hospital' }).expect(201);
    await admin().post(`/v1/volunteers/${inB}/report-ins`).send({ unitId: 'city-school' }).expect(201);
    expect((await staff().post(`/v1/volunteers/${notMember}/report-ins`).send({ unitId: 'first-hospital' }).expect(409)).body.code).toBe('NOT_PARTY_MEMBER');
    expect((await staff().post(`/v1/volunteers/${inA[0]}/report-ins`).send({ unitId: 'old-factory' }).expect(409)).body.code).toBe('UNIT_RETIRED');
    // Reporting in again to the same unit changes nothing.
    expect((await staff().post(`/v1/volunteers/${inA[0]}/report-ins`).send({ unitId: 'first-hospital' }).expect(201)).body.position).toBeNull();

    const at = String(await api.headPosition());
    expect((await admin().get('/v1/report-ins/counts').set('X-Min-Position', at).expect(200)).body).toEqual({
      byUnit: [{ unitId: 'city-school', reportedIn: 2 }, { unitId: 'first-hospital', reportedIn: 2 }],
      byCommunity: [{ communityId: A, reportedIn: 3 }, { communityId: B, reportedIn: 1 }],
      total: 4,
    });
    expect((await staff().get(`/v1/report-ins/counts?communityId=${A}`).set('X-Min-Position', at).expect(200)).body).toEqual({
      byUnit: [{ unitId: 'city-school', reportedIn: 1 }, { unitId: 'first-hospital', reportedIn: 2 }],
      byCommunity: [{ communityId: A, reportedIn: 3 }],
      total: 3,
    });
    // One volunteer named the hospital before (see above) without reporting in.
    expect((await staff().get('/v1/units/first-hospital').set('X-Min-Position', at).expect(200)).body).toMatchObject({ members: 3, membersReportedIn: 2 });
    await api.as('staff', [B], 'units-staff-b').get(`/v1/report-ins/counts?communityId=${A}`).expect(403);
  });

  it('replays the log into the same views, the erased liaison officer included', async () => {
    await api.waitForProjections();
    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    await api.app.app.get(VerificationsService).settled();
    expect((await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body.status).toBe('equal');
  });
});
