import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const communityId = 'resident-erasure';

/**
 * Erasure of a resident in need's personal data (crypto-shredding): their
 * own key is deleted and the erasure recorded; afterwards name and phone
 * open nowhere, answers show them as erased, the granted time stays, and a
 * verification still finds replay equal to the live views.
 */
describe('erasing a resident in need’s personal data', () => {
  let api: TestApi;
  let latest = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '注销社区' }).expect(201);
  });

  afterAll(() => api?.close());

  const note = <T extends { position?: number | null }>(body: T): T => {
    latest = Math.max(latest, body.position ?? 0);
    return body;
  };
  const staff = () => api.as('staff', [communityId]);

  it('deletes the resident’s key, shows them as erased, keeps the granted time, and verify stays green', async () => {
    const name = '独居的赵奶奶';
    const phone = uniquePhone();
    const volunteerId = note((await staff().post('/v1/volunteers').send({ name: '捐赠人', phone: uniquePhone(), communityId }).expect(201)).body).volunteerId as string;
    note((await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt: '2026-11-01T01:00:00Z', minutes: 60, verify: true }).expect(201)).body);
    note((await staff().post('/v1/donations').send({ volunteerId, minutes: 60 }).expect(201)).body);
    const beneficiaryId = note((await staff().post(`/v1/pools/${communityId}/beneficiaries`).send({ name, phone }).expect(201)).body).beneficiaryId as string;
    note((await staff().post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId, minutes: 45, reason: '助餐 / meals' }).expect(201)).body);
    const resident = () => staff().get(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}`).set('X-Min-Position', String(latest)).expect(200);
    expect((await resident()).body).toMatchObject({ name, phone, erased: false, erasedAt: null });

    // Staff may not erase; an admin may, once.
    await staff().post(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/erasure`).expect(403);
    const erased = note((await api.as('admin').post(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/erasure`).expect(201)).body);
    expect(erased).toMatchObject({ beneficiaryId, communityId });
    const second = await api.as('admin').post(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/erasure`).expect(409);
    expect(second.body.code).toBe('BENEFICIARY_ALREADY_ERASED');
    expect(JSON.stringify(second.body)).not.toContain(name);
    expect((await api.as('admin').post(`/v1/pools/${communityId}/beneficiaries/nobody/erasure`).expect(404)).body.code).toBe('BENEFICIARY_NOT_FOUND');

    expect((await resident()).body).toMatchObject({ name: '已注销 / erased', phone: '', erased: true, erasedAt: expect.any(String), grantedMinutes: 45, balanceMinutes: 45 });
    // The log holds the data sealed only, and the erasure, and neither in the clear.
    const stream = (await api.as('auditor').get(`/v1/audit/streams/beneficiary-${beneficiaryId}`).expect(200)).body;
    const types = (stream.items as Array<{ type: string }>).map((event) => event.type);
    expect(types).toEqual(['BeneficiaryRegistered', 'GrantReceived', 'BeneficiaryErased']);
    expect(JSON.stringify(stream)).not.toContain(name);
    expect(JSON.stringify(stream)).not.toContain(phone);

    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    const deadline = Date.now() + 30_000;
    let found: { status: string } = { status: 'running' };
    while (found.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
    }
    expect(found.status).toBe('equal');
  }, 60_000);
});
