import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const HOUR = 60;
const communityId = 'grant-spend';

/**
 * Service for a resident in need paid from the pool time granted to them:
 * the resident's granted credit falls, the provider earns the hours as a
 * paid redemption's provider does, the resident's grant statement shows it,
 * spending past what is left is refused, and replay equals the live views.
 */
describe('a redemption served against a pool grant', () => {
  let api: TestApi;
  let latest = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '助老社区' }).expect(201);
  });

  afterAll(() => api?.close());

  const staff = () => api.as('staff', [communityId]);
  const note = <T extends { position?: number | null }>(body: T): T => {
    latest = Math.max(latest, body.position ?? 0);
    return body;
  };
  const read = async (path: string) => (await api.as('admin').get(path).set('X-Min-Position', String(latest)).expect(200)).body;
  const volunteer = async (name: string) => note((await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId }).expect(201)).body).volunteerId as string;
  let day = 0;
  /** Each service on a day of its own, so the provider's records never overlap. */
  const spend = (beneficiaryId: string, provider: string, minutes: number) =>
    staff()
      .post(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/redemptions`)
      .send({ minutes, description: '上门助浴 / bathing help at home', provider: { volunteerId: provider, startedAt: new Date(Date.UTC(2026, 10, 2 + day++, 1)).toISOString() } });

  it('spends the granted credit, pays the provider, shows it on the grant statement, refuses spending past it, and replays equal', async () => {
    const donor = await volunteer('捐赠人');
    note((await staff().post('/v1/service-records').send({ volunteerId: donor, category: 'elderly_care', startedAt: '2026-11-01T01:00:00Z', minutes: 2 * HOUR, verify: true }).expect(201)).body);
    note((await staff().post('/v1/donations').send({ volunteerId: donor, minutes: 2 * HOUR }).expect(201)).body);
    const beneficiaryId = note((await staff().post(`/v1/pools/${communityId}/beneficiaries`).send({ name: '独居的王爷爷', phone: uniquePhone() }).expect(201)).body).beneficiaryId as string;
    const grant = note((await staff().post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId, minutes: 90, reason: '助浴 / bathing' }).expect(201)).body);
    const provider = await volunteer('服务者');

    const spent = await spend(beneficiaryId, provider, HOUR).expect(201);
    note(spent.body);
    expect(spent.body).toMatchObject({ beneficiaryId, communityId, minutes: HOUR, grantMinutes: 30 });
    expect(spent.headers.location).toBe(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/statement`);

    // The provider is paid as a paid redemption pays: a verified record naming the redemption.
    expect(await read(`/v1/volunteers/${provider}/account`)).toMatchObject({ creditMinutes: HOUR, lifetimeMinutes: HOUR });
    const resident = (await staff().get(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}`).set('X-Min-Position', String(latest)).expect(200)).body;
    expect(resident).toMatchObject({ grantedMinutes: 90, redeemedMinutes: HOUR, balanceMinutes: 30 });
    expect((await read(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/statement`)).items).toEqual([
      expect.objectContaining({ kind: 'grant', reference: grant.grantId, minutesDelta: 90, balanceAfter: 90 }),
      expect.objectContaining({ kind: 'redemption', reference: spent.body.redemptionId, providerVolunteerId: provider, minutesDelta: -HOUR, balanceAfter: 30, refusalCode: null }),
    ]);
    expect((await read('/v1/transfers?kind=grant_redemption')).items).toEqual([
      expect.objectContaining({ redemptionId: spent.body.redemptionId, beneficiaryId, toVolunteerId: provider, minutes: HOUR, status: 'completed' }),
    ]);

    // Never past what is left: 409 with a clear code, Chinese first, and nothing written.
    const head = await api.headPosition();
    const refused = await spend(beneficiaryId, provider, 31).expect(409);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_GRANT_CREDITS' });
    const message = String(refused.body.detail ?? refused.body.title);
    expect(message.indexOf('受助居民获拨时间余额不足')).toBeGreaterThanOrEqual(0);
    expect(message.indexOf('受助居民获拨时间余额不足')).toBeLessThan(message.indexOf('Not enough granted time'));
    expect(JSON.stringify(refused.body)).not.toContain('王爷爷');
    expect(await api.headPosition()).toBe(head);
    expect((await spend('nobody', provider, 1).expect(404)).body.code).toBe('BENEFICIARY_NOT_FOUND');
    await api.as('staff', ['elsewhere']).post(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/redemptions`).send({ minutes: 1 }).expect(403);
    note((await spend(beneficiaryId, provider, 30).expect(201)).body);
    expect((await read(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/statement`)).items).toHaveLength(3);

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
