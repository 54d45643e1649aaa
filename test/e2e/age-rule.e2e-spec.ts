import { shanghaiDay } from '@shiji/domain';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const HOUR = 60;
const communityId = 'age-test';

/**
 * The street's age to spend one's own credits (minAgeToRedeem), read from a
 * birth date kept sealed like name and phone: 59 is refused, 60 spends, a
 * gift lets a younger relative's credits serve an older one, and after
 * erasure the birth date can no longer be read while verify stays green.
 */
describe('the age rule on redemptions', () => {
  let api: TestApi;
  let latest = 0;
  let slot = 0;
  const today = shanghaiDay(new Date());
  const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '年龄社区' }).expect(201);
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
  });

  afterAll(() => api?.close());

  const staff = () => api.as('staff', [communityId]);
  const note = (body: { position?: unknown }) => {
    if (typeof body.position === 'number') latest = Math.max(latest, body.position);
    return body;
  };

  async function cardHolder(name: string, birthDate: string): Promise<string> {
    const { volunteerId } = note((await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId }).expect(201)).body) as { volunteerId: string };
    for (let i = 0; i < 5; i += 1) {
      slot += 1;
      const startedAt = new Date(Date.UTC(2025, 0, 1) + slot * 2 * 3_600_000).toISOString();
      note((await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt, minutes: HOUR, verify: true }).expect(201)).body);
    }
    note((await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(201)).body);
    note((await api.as('volunteer', [], volunteerId).put(`/v1/volunteers/${volunteerId}/birth-date`).send({ birthDate }).expect(200)).body);
    return volunteerId;
  }

  const redeem = (volunteerId: string, minutes = 30) => staff().post('/v1/redemptions').send({ volunteerId, minutes, description: '助餐 / meal help' });

  it('refuses a 59-year-old with 403 AGE_BELOW_MINIMUM, lets a 60-year-old spend, and a gift lets the younger one’s credits serve the older', async () => {
    const younger = await cardHolder('五十九岁', bornYearsAgo(59));
    const older = await cardHolder('六十岁', bornYearsAgo(60));
    // Without the rule, any age spends.
    note((await redeem(younger).expect(201)).body);

    note((await api.as('admin').put('/v1/policy/credit-rules').send({ giftMaxMinutes: 600, giftYearlyMinutes: 3000, minAgeToRedeem: 60 }).expect(200)).body);
    const policy = await api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200);
    expect(policy.body.creditRules).toEqual({ giftMaxMinutes: 600, giftYearlyMinutes: 3000, minAgeToRedeem: 60, creditCapHours: null, capExcessTo: 'pool' });

    const head = await api.headPosition();
    const refused = await redeem(younger).expect(403);
    expect(refused.body).toMatchObject({ code: 'AGE_BELOW_MINIMUM' });
    expect(refused.body.detail ?? refused.body.title).toEqual(expect.stringContaining('兑换年龄'));
    expect(JSON.stringify(refused.body)).not.toContain(bornYearsAgo(59));
    expect(await api.headPosition()).toBe(head);
    note((await redeem(older).expect(201)).body);

    // The younger gives to the older, who spends it.
    note((await api.as('volunteer', [], younger).post(`/v1/volunteers/${younger}/family-members`).send({ memberVolunteerId: older, relation: 'parent' }).expect(201)).body);
    note((await staff().post(`/v1/volunteers/${younger}/family-members/${older}/confirmation`).expect(201)).body);
    note((await staff().post('/v1/gifts').send({ fromVolunteerId: younger, toVolunteerId: older, minutes: 4 * HOUR }).expect(201)).body);
    note((await redeem(older, 8 * HOUR).expect(201)).body);
    const account = await api.as('admin').get(`/v1/volunteers/${older}/account`).set('X-Min-Position', String(latest)).expect(200);
    expect(account.body).toMatchObject({ creditMinutes: 5 * HOUR + 4 * HOUR - 30 - 8 * HOUR, lifetimeMinutes: 5 * HOUR });
  });

  it('keeps the birth date sealed in the log; after erasure it cannot be read (403 BIRTH_DATE_UNKNOWN) and verify stays green', async () => {
    const birthDate = bornYearsAgo(70);
    const elder = await cardHolder('七十岁', birthDate);
    const stream = await api.as('auditor').get(`/v1/audit/streams/volunteer-${elder}`).expect(200);
    const recorded = (stream.body.items as Array<{ type: string; data: { birthDate: Record<string, unknown> } }>).find((event) => event.type === 'BirthDateRecorded');
    expect(recorded?.data.birthDate).toMatchObject({ sealed: 'aes-256-gcm' });
    expect(JSON.stringify(stream.body)).not.toContain(birthDate);
    note((await redeem(elder).expect(201)).body);

    note((await api.as('admin').post(`/v1/volunteers/${elder}/erasure`).expect(201)).body);
    expect((await redeem(elder).expect(403)).body.code).toBe('BIRTH_DATE_UNKNOWN');
    expect((await staff().put(`/v1/volunteers/${elder}/birth-date`).send({ birthDate }).expect(409)).body.code).toBe('VOLUNTEER_ALREADY_ERASED');

    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    const deadline = Date.now() + 30_000;
    let found: { status: string } = { status: 'running' };
    while (found.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
    }
    expect(found.status).toBe('equal');
  }, 45_000);
});
