import ExcelJS from 'exceljs';
import request from 'supertest';
import { previousMonth, shanghaiMonth } from '@shiji/domain';
import { MonthlyClosing } from '../../apps/api/src/features/units/monthly-closing';
import { MonthlyTotalsQuery } from '../../apps/api/src/features/units/monthly-totals';
import { VerificationsService } from '../../apps/api/src/features/audit/verifications.service';
import { startTestApi, type TestApi } from '../support/api';
import { createTestApp, type TestApp } from '../support/app';
import { binary, renderWithPoppler } from '../support/pdf';
import { uniquePhone } from '../support/phones';

const A = 'mr-a';
const B = 'mr-b';
/** The month the activities happen in, and the one after it: both over by now. */
const NEXT = previousMonth(shanghaiMonth(new Date()));
const MONTH = previousMonth(NEXT);
const at = (month: string, day: string, time: string) => new Date(`${month}-${day}T${time}:00+08:00`).toISOString();

/**
 * 3 units, 20 volunteers, a month of activities. Volunteers 0–7 name the
 * hospital (5 lives in B), 8–13 the school, 14–17 the bank, 18–19 no unit;
 * even ones are Party members, and 0, 2, 4, 8, 14, 16 report in.
 */
const UNIT_OF = (index: number) => (index < 8 ? 'mr-hospital' : index < 14 ? 'mr-school' : index < 18 ? 'mr-bank' : undefined);
const HOME_OF = (index: number) => (index === 5 || (index >= 14 && index < 18) ? B : A);
const REPORTING_IN = [0, 2, 4, 8, 14, 16];

describe('monthly factual records (写实性档案)', () => {
  let api: TestApi;
  let other: TestApp;
  const v: string[] = [];
  const records: Record<string, string> = {};
  const admin = () => api.as('admin');
  const fresh = async () => String(await api.headPosition());

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    other = await createTestApp({ sameDatabaseAs: api.app, env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'mr-hospital', communityId: A, name: '第一医院', kind: 'hospital' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'mr-school', communityId: A, name: '实验学校', kind: 'school' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'mr-bank', communityId: B, name: '工商银行支行', kind: 'enterprise' }).expect(201);
    for (let index = 0; index < 20; index += 1) {
      const unitId = UNIT_OF(index);
      const body = { name: `志愿者${index}`, phone: uniquePhone(), communityId: HOME_OF(index), partyMember: index % 2 === 0, ...(unitId ? { unitId } : {}) };
      v.push((await admin().post('/v1/volunteers').send(body).expect(201)).body.volunteerId);
    }
    for (const index of REPORTING_IN) await admin().post(`/v1/volunteers/${v[index]}/report-ins`).send({ unitId: UNIT_OF(index) }).expect(201);

    const publish = async (communityId: string, category: string, day: string, from: string, to: string) =>
      (await admin().post('/v1/activities').send({ title: `${category}活动`, category, communityId, startsAt: at(MONTH, day, from), endsAt: at(MONTH, day, to), place: '社区' }).expect(201)).body.activityId as string;
    const care = await publish(A, 'elderly_care', '05', '09:00', '12:00');
    const tutoring = await publish(A, 'tutoring', '12', '14:00', '17:00');
    const environment = await publish(B, 'environment', '19', '08:00', '11:00');
    // The hospital's project is delivered by the elderly-care activity; the school's by none.
    await admin().post('/v1/service-projects').send({ projectId: 'mr-care', communityId: A, title: '敬老探访', category: 'elderly_care', description: '探访独居老人', provider: { kind: 'unit', id: 'mr-hospital' } }).expect(201);
    await admin().post('/v1/service-projects').send({ projectId: 'mr-tutor', communityId: A, title: '四点半课堂', category: 'tutoring', description: '放学后辅导', provider: { kind: 'unit', id: 'mr-school' } }).expect(201);
    await admin().post('/v1/service-projects/mr-care/activities').send({ activityId: care }).expect(201);
    const served = async (name: string, index: number, body: Record<string, unknown>, verify = true) => {
      if (body.activityId) await admin().post(`/v1/activities/${String(body.activityId)}/signups`).send({ volunteerId: v[index] }).expect(201);
      records[name] = (await admin().post('/v1/service-records').send({ volunteerId: v[index], verify, ...body }).expect(201)).body.recordId;
    };
    const inActivity = (activityId: string, day: string, from: string) => ({ activityId, startedAt: at(MONTH, day, from) });
    await served('care0', 0, { ...inActivity(care, '05', '09:00'), minutes: 120 });
    await served('care1', 1, { ...inActivity(care, '05', '09:00'), minutes: 90 });
    await served('care2', 2, { ...inActivity(care, '05', '09:00'), minutes: 180 });
    await served('care5', 5, { ...inActivity(care, '05', '09:00'), minutes: 180 });
    await served('care8', 8, { ...inActivity(care, '05', '09:00'), minutes: 60 });
    await served('care18', 18, { ...inActivity(care, '05', '09:00'), minutes: 120 });
    await served('tutoring3', 3, { ...inActivity(tutoring, '12', '14:00'), minutes: 150 });
    await served('tutoring9', 9, { ...inActivity(tutoring, '12', '14:00'), minutes: 180 });
    await served('tutoring10', 10, { ...inActivity(tutoring, '12', '14:00'), minutes: 120 });
    await served('tutoring11', 11, { ...inActivity(tutoring, '12', '14:00'), minutes: 30 });
    await served('environment14', 14, { ...inActivity(environment, '19', '08:00'), minutes: 120 });
    await served('environment15', 15, { ...inActivity(environment, '19', '08:00'), minutes: 60 });
    await served('environment16', 16, { ...inActivity(environment, '19', '08:00'), minutes: 90 });
    await served('culture4', 4, { category: 'culture', startedAt: at(MONTH, '20', '10:00'), minutes: 60 });
    await served('environment5', 5, { category: 'environment', startedAt: at(MONTH, '15', '10:00'), minutes: 50 });
    await served('patrol12', 12, { category: 'safety_patrol', startedAt: at(MONTH, '22', '19:00'), minutes: 45 });
    await served('other17', 17, { category: 'other', startedAt: at(MONTH, '25', '10:00'), minutes: 30 });
    // Ten past midnight on the first, Shanghai time: still the previous day in UTC, yet this month.
    await served('culture7', 7, { category: 'culture', startedAt: at(MONTH, '01', '00:10'), minutes: 40 });
    // Half past midnight on the next month's first: the last day of this month in UTC, yet the next month.
    await served('next1', 1, { category: 'elderly_care', startedAt: at(NEXT, '01', '00:30'), minutes: 30 });
    // Waiting for verification: not counted until verified.
    await served('clinic6', 6, { category: 'health_clinic', startedAt: at(MONTH, '26', '09:00'), minutes: 100 }, false);
  }, 120_000);

  afterAll(async () => {
    await other?.close();
    await api?.close();
  });

  const record = async (unitId: string, month: string) => (await admin().get(`/v1/units/${unitId}/monthly-records/${month}`).set('X-Min-Position', await fresh()).expect(200)).body;

  // Hand-computed from the service above.
  const expected = {
    'mr-hospital': {
      members: 8, membersReportedIn: 3,
      minutes: 120 + 90 + 180 + 180 + 150 + 60 + 50 + 40,
      minutesByCategory: { culture: 100, elderly_care: 570, environment: 50, tutoring: 150 },
      minutesByCommunity: { [A]: 820, [B]: 50 },
      activitiesJoined: 2, requestsResolved: 0, projectsDelivered: 1,
    },
    'mr-school': {
      members: 6, membersReportedIn: 1,
      minutes: 60 + 180 + 120 + 30 + 45,
      minutesByCategory: { elderly_care: 60, safety_patrol: 45, tutoring: 330 },
      minutesByCommunity: { [A]: 435 },
      activitiesJoined: 2, requestsResolved: 0, projectsDelivered: 0,
    },
    'mr-bank': {
      members: 4, membersReportedIn: 2,
      minutes: 120 + 60 + 90 + 30,
      minutesByCategory: { environment: 270, other: 30 },
      minutesByCommunity: { [B]: 300 },
      activitiesJoined: 1, requestsResolved: 0, projectsDelivered: 0,
    },
  };

  let closedMonth: Record<string, unknown>;

  it('closes each unit\'s month from the events, equal to the hand-computed totals', async () => {
    const closing = await admin().post('/v1/monthly-record-closings').send({ month: MONTH }).expect(200);
    expect(closing.body).toMatchObject({ month: MONTH, closed: ['mr-bank', 'mr-hospital', 'mr-school'], alreadyClosed: [] });
    for (const [unitId, totals] of Object.entries(expected)) {
      const closed = await record(unitId, MONTH);
      expect({ unitId, totals: closed.totals, adjustments: closed.adjustments }).toEqual({ unitId, totals, adjustments: [] });
    }
    closedMonth = await record('mr-hospital', MONTH);
    const list = await api.as('staff', [A], 'mr-staff').get(`/v1/monthly-records?communityId=${A}&month=${MONTH}`).set('X-Min-Position', await fresh()).expect(200);
    expect(list.body.items.map((item: { unitId: string }) => item.unitId)).toEqual(['mr-hospital', 'mr-school']);
  });

  it('reports the community\'s month from the closed records as JSON, .xlsx with Chinese headers and a PDF in Chinese', async () => {
    const staff = () => api.as('staff', [A], 'mr-staff');
    const query = `communityId=${A}&month=${MONTH}`;
    const hospital = { unitId: 'mr-hospital', unitName: '第一医院', members: 8, membersReportedIn: 3, minutes: 870, activitiesJoined: 2, requestsResolved: 0, adjustmentMinutes: 0 };
    const school = { unitId: 'mr-school', unitName: '实验学校', members: 6, membersReportedIn: 1, minutes: 435, activitiesJoined: 2, requestsResolved: 0, adjustmentMinutes: 0 };
    const total = { members: 14, membersReportedIn: 4, minutes: 1305, activitiesJoined: 4, requestsResolved: 0, adjustmentMinutes: 0 };
    expect((await staff().get(`/v1/reports/monthly-records?${query}`).expect(200)).body).toEqual({ communityId: A, month: MONTH, rows: [hospital, school], total });

    const xlsx = await staff().get(`/v1/reports/monthly-records/xlsx?${query}`).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['单位', '单位编号', '成员人数', '已报到党员', '服务时长（分钟）', '参加活动数', '解决需求数', '往月调整（分钟）']);
    expect(rows.slice(1, 3)).toEqual([['第一医院', 'mr-hospital', 8, 3, 870, 2, 0, 0], ['实验学校', 'mr-school', 6, 1, 435, 2, 0, 0]]);
    const sumOf = (column: number) => rows.slice(1, 3).reduce((sum, row) => sum + Number(row[column]), 0);
    expect(rows[3]).toEqual(['合计', '', sumOf(2), sumOf(3), sumOf(4), sumOf(5), sumOf(6), sumOf(7)]);
    expect(rows[3][4]).toBe(1305);

    const pdf = await staff().get(`/v1/reports/monthly-records/pdf?${query}`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = renderWithPoppler(pdf.body as Buffer).text;
    for (const expectedText of ['驻区单位月度写实性档案', '甲社区', MONTH, '第一医院', '实验学校', '合计', '1305']) expect(text).toContain(expectedText);
  });

  it('lets the volunteer linked as a unit\'s liaison officer read that unit\'s monthly record, and no other unit\'s', async () => {
    const staff = () => api.as('staff', [A], 'mr-staff');
    const liaison = () => api.as('volunteer', undefined, v[0]);
    const path = (unitId: string) => `/v1/units/${unitId}/monthly-records/${MONTH}`;
    expect((await liaison().get(path('mr-hospital')).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staff().put('/v1/units/mr-hospital').send({ liaisonVolunteerId: 'no-such-volunteer' }).expect(404)).body.code).toBe('VOLUNTEER_NOT_FOUND');
    await staff().put('/v1/units/mr-hospital').send({ liaisonVolunteerId: v[0] }).expect(200);
    const at = await fresh();
    expect((await staff().get('/v1/units/mr-hospital').set('X-Min-Position', at).expect(200)).body.liaisonVolunteerId).toBe(v[0]);

    const own = (await liaison().get(path('mr-hospital')).set('X-Min-Position', at).expect(200)).body;
    expect(own).toEqual((await staff().get(path('mr-hospital')).expect(200)).body);
    expect(own).toMatchObject({ unitId: 'mr-hospital', month: MONTH });
    // Another unit's record, the community's lists and reports, and another volunteer: refused.
    expect((await liaison().get(path('mr-school')).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await liaison().get(`/v1/monthly-records?communityId=${A}&month=${MONTH}`).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await liaison().get(`/v1/reports/monthly-records?communityId=${A}&month=${MONTH}`).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await api.as('volunteer', undefined, v[1]).get(path('mr-hospital')).expect(403)).body.code).toBe('OUT_OF_SCOPE');

    // Unlinked (null), the account reads nothing of the unit again.
    await staff().put('/v1/units/mr-hospital').send({ liaisonVolunteerId: null }).expect(200);
    expect((await liaison().get(path('mr-hospital')).set('X-Min-Position', await fresh()).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('refuses a month not over, or not a month, and closes a closed month no second time', async () => {
    const head = await api.headPosition();
    expect((await admin().post('/v1/monthly-record-closings').send({ month: shanghaiMonth(new Date()) }).expect(409)).body.code).toBe('MONTH_NOT_OVER');
    expect((await admin().post('/v1/monthly-record-closings').send({ month: '2026-13' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const again = await admin().post('/v1/monthly-record-closings').send({ month: MONTH }).expect(200);
    expect(again.body).toMatchObject({ closed: [], alreadyClosed: ['mr-bank', 'mr-hospital', 'mr-school'], position: null });
    expect(await api.headPosition()).toBe(head);
  });

  it('shows corrections after closing as a flagged adjustment in the next month; two instances closing it at once close each unit once', async () => {
    await admin().post(`/v1/service-records/${records.care2}/corrections`).send({ minutes: 150, reason: '实际服务150分钟' }).expect(201);
    await admin().post(`/v1/service-records/${records.clinic6}/verify`).expect(200);
    await api.waitForProjections();

    // The schedule of one instance and an admin on the other, at the same moment.
    const [scheduled, asked] = await Promise.all([
      api.app.app.get(MonthlyClosing).closeDue(new Date()),
      request(other.server).post('/v1/monthly-record-closings').set('Authorization', `Bearer ${other.token({ sub: 'admin-other', role: 'admin' })}`).send({ month: NEXT }),
    ]);
    expect(asked.status).toBe(200);
    expect(scheduled?.month).toBe(NEXT);
    const closedBy = [...(scheduled?.closed ?? []), ...asked.body.closed].sort();
    expect(closedBy).toEqual(['mr-bank', 'mr-hospital', 'mr-school']);
    for (const unitId of ['mr-bank', 'mr-hospital', 'mr-school']) {
      const stream = await api.as('auditor').get(`/v1/audit/streams/monthly-record-${unitId}-${NEXT}`).expect(200);
      expect(stream.body.items.map((event: { type: string }) => event.type)).toEqual(['MonthlyRecordClosed']);
    }

    const next = await record('mr-hospital', NEXT);
    expect(next.totals).toEqual({ members: 8, membersReportedIn: 3, minutes: 30, minutesByCategory: { elderly_care: 30 }, minutesByCommunity: { [A]: 30 }, activitiesJoined: 0, requestsResolved: 0, projectsDelivered: 0 });
    expect(next.adjustments).toEqual([
      { month: MONTH, flagged: true, delta: { minutes: 70, minutesByCategory: { elderly_care: -30, health_clinic: 100 }, minutesByCommunity: { [A]: 70 }, activitiesJoined: 0, requestsResolved: 0, projectsDelivered: 0 } },
    ]);
    expect((await record('mr-school', NEXT)).adjustments).toEqual([]);
    // The published month never changes.
    expect(await record('mr-hospital', MONTH)).toEqual(closedMonth);
  });

  it('counts the service requests a unit\'s members completed in the month', async () => {
    const requestId = (await admin().post('/v1/service-requests').send({ communityId: A, category: 'elderly_care', description: '代买药品', wantedMinutes: 30 }).expect(201)).body.requestId;
    await admin().post(`/v1/service-requests/${requestId}/assignment`).send({ providerVolunteerId: v[9] }).expect(201);
    const startedAt = new Date(Date.now() - 2 * 60_000);
    await admin().post(`/v1/service-requests/${requestId}/completion`).send({ minutes: 1, startedAt: startedAt.toISOString() }).expect(201);
    await api.waitForProjections();
    const month = shanghaiMonth(new Date());
    const school = await api.app.app.get(MonthlyTotalsQuery).service('mr-school', month);
    expect(school).toMatchObject({ requestsResolved: 1, activitiesJoined: 0 });
    expect(school.minutes).toBe(shanghaiMonth(startedAt) === month ? 1 : 0);
    expect((await api.app.app.get(MonthlyTotalsQuery).service('mr-hospital', month)).requestsResolved).toBe(0);
  });

  it('replays the log into the same views', async () => {
    await api.waitForProjections();
    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    await api.app.app.get(VerificationsService).settled();
    const report = await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200);
    expect(report.body.status).toBe('equal');
  });
});
