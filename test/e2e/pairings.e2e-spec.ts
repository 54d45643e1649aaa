import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const A = 'pa-a';
const B = 'pa-b';
const MONTH = '2025-03';
const HOUSEHOLD = { name: '王阿婆', phone: uniquePhone() };

/** The hospital (a1 names it) pairs with a household and with the community; a3 pairs with a household of their own; a2 names no unit. */
describe('pairing (结对帮扶), with visits recorded as service', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'pa-staff');
  const fresh = async () => String(await api.headPosition());
  let a1: string;
  let a2: string;
  let a3: string;

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'pa-hospital', communityId: A, name: '第一医院', kind: 'hospital' }).expect(201);
    const volunteer = async (unitId?: string) =>
      (await admin().post('/v1/volunteers').send({ name: '志愿者', phone: uniquePhone(), communityId: A, ...(unitId ? { unitId } : {}) }).expect(201)).body.volunteerId as string;
    [a1, a2, a3] = [await volunteer('pa-hospital'), await volunteer(), await volunteer()];
  }, 60_000);

  afterAll(() => api.close());

  const pairing = (pairingId: string, helper: Record<string, string>, household?: typeof HOUSEHOLD) =>
    ({ pairingId, communityId: A, helper, category: 'elderly_care', frequency: '每周一次', startsOn: '2025-01-01', ...(household ? { household } : {}) });

  it('pairs a unit with a household or the community and a volunteer with a household, sealing the household', async () => {
    await staff().post('/v1/pairings').send(pairing('pa-hospital-wang', { kind: 'unit', id: 'pa-hospital' }, HOUSEHOLD)).expect(201);
    await staff().post('/v1/pairings').send(pairing('pa-hospital-a', { kind: 'unit', id: 'pa-hospital' })).expect(201);
    await staff().post('/v1/pairings').send(pairing('pa-a3-li', { kind: 'volunteer', id: a3 }, { name: '李大爷', phone: uniquePhone() })).expect(201);
    expect((await staff().post('/v1/pairings').send(pairing('pa-a3-a', { kind: 'volunteer', id: a3 })).expect(422)).body.code).toBe('INVALID_PAIRING');
    expect((await staff().post('/v1/pairings').send(pairing('pa-hospital-wang', { kind: 'unit', id: 'pa-hospital' }, HOUSEHOLD)).expect(409)).body.code).toBe('PAIRING_ALREADY_EXISTS');

    const items = (await staff().get(`/v1/pairings?communityId=${A}`).set('X-Min-Position', await fresh()).expect(200)).body.items;
    expect(items.map((item: { pairingId: string }) => item.pairingId)).toEqual(['pa-a3-li', 'pa-hospital-a', 'pa-hospital-wang']);
    expect(items[2]).toMatchObject({ helper: { kind: 'unit', id: 'pa-hospital' }, helped: { kind: 'household', household: { ...HOUSEHOLD, erased: false } }, frequency: '每周一次', status: 'active', visits: [] });
    expect(items[1].helped).toEqual({ kind: 'community', household: null });

    const log = await api.as('auditor').get('/v1/audit/events').set('Accept', 'application/x-ndjson').buffer(true).expect(200);
    expect(log.text).not.toContain(HOUSEHOLD.name);
    expect(log.text).not.toContain(HOUSEHOLD.phone);
  });

  it('records visits as verified service that counts in the hours report and the unit\'s monthly record; a visitor outside the pairing records nothing', async () => {
    const visit = await staff().post('/v1/pairings/pa-hospital-wang/visits').send({ volunteerId: a1, startedAt: '2025-03-08T09:00:00+08:00', minutes: 60 }).expect(201);
    expect(visit.body).toMatchObject({ pairingId: 'pa-hospital-wang', volunteerId: a1, verified: true });
    await staff().post('/v1/pairings/pa-a3-li/visits').send({ volunteerId: a3, startedAt: '2025-03-09T09:00:00+08:00', minutes: 45 }).expect(201);
    expect((await staff().post('/v1/pairings/pa-hospital-wang/visits').send({ volunteerId: a2, startedAt: '2025-03-09T09:00:00+08:00', minutes: 30 }).expect(409)).body.code).toBe('VISITOR_NOT_IN_PAIRING');
    await staff().post('/v1/pairings/pa-a3-li/end').send({ reason: '家庭已搬迁' }).expect(201);
    expect((await staff().post('/v1/pairings/pa-a3-li/visits').send({ volunteerId: a3, startedAt: '2025-03-10T09:00:00+08:00', minutes: 45 }).expect(409)).body.code).toBe('PAIRING_ENDED');
    await api.as('staff', [B], 'pa-staff-b').post('/v1/pairings/pa-hospital-wang/visits').send({ volunteerId: a1, startedAt: '2025-03-08T09:00:00+08:00', minutes: 60 }).expect(403);
    const at = await fresh();

    const items = (await staff().get(`/v1/pairings?communityId=${A}`).set('X-Min-Position', at).expect(200)).body.items;
    expect(items[2].visits).toEqual([{ recordId: visit.body.recordId, volunteerId: a1, startedAt: '2025-03-08T01:00:00.000Z', minutes: 60 }]);
    expect(items[2].visitMinutes).toBe(60);
    expect(items[0]).toMatchObject({ status: 'ended', visitMinutes: 45 });

    const hours = (await staff().get(`/v1/reports/hours?communityId=${A}&month=${MONTH}`).expect(200)).body;
    expect(hours.byUnit).toEqual({ '-': 45, 'pa-hospital': 60 });
    expect(hours.total).toEqual({ minutes: 105, records: 2 });

    await admin().post('/v1/monthly-record-closings').send({ month: MONTH }).expect(200);
    const record = (await staff().get(`/v1/units/pa-hospital/monthly-records/${MONTH}`).set('X-Min-Position', await fresh()).expect(200)).body;
    expect(record.totals).toMatchObject({ minutes: 60, minutesByCategory: { elderly_care: 60 } });
  });
});
