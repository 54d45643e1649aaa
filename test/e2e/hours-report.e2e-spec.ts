import ExcelJS from 'exceljs';
import { startTestApi, type TestApi } from '../support/api';
import { binary, renderWithPoppler } from '../support/pdf';
import { uniquePhone } from '../support/phones';

const A = 'hr-a';
const B = 'hr-b';
const MONTH = '2025-03';

/**
 * Units hr-u1 (a1) and hr-u2 (a2); a3 names no unit. Team hr-t1 runs an
 * elderly-care activity on 10 March where a1 serves 120 and a2 90 minutes.
 * Outside activities: a1 tutors 60 minutes, a3 gives 30 minutes of culture at
 * 23:30 on 31 March (Shanghai). Not counted: a2's unverified 100 minutes and
 * a3's 45 minutes at 00:30 on 1 April (Shanghai), still 31 March in UTC.
 */
describe('the hours report by month × community / team / unit / category (服务时长报表)', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'hr-staff');

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'hr-u1', communityId: A, name: '第一医院', kind: 'hospital' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'hr-u2', communityId: A, name: '实验学校', kind: 'school' }).expect(201);
    const volunteer = async (unitId?: string) =>
      (await admin().post('/v1/volunteers').send({ name: '志愿者', phone: uniquePhone(), communityId: A, ...(unitId ? { unitId } : {}) }).expect(201)).body.volunteerId as string;
    const [a1, a2, a3] = [await volunteer('hr-u1'), await volunteer('hr-u2'), await volunteer()];
    await staff().post('/v1/teams').send({ teamId: 'hr-t1', communityId: A, name: '银龄服务队' }).expect(201);
    const activityId = (await staff().post('/v1/activities')
      .send({ title: '敬老探访', category: 'elderly_care', communityId: A, teamId: 'hr-t1', startsAt: '2025-03-10T09:00:00+08:00', endsAt: '2025-03-10T12:00:00+08:00', place: '社区' })
      .expect(201)).body.activityId as string;
    const record = (body: Record<string, unknown>) => admin().post('/v1/service-records').send({ verify: true, ...body }).expect(201);
    for (const [volunteerId, minutes] of [[a1, 120], [a2, 90]] as const) {
      await admin().post(`/v1/activities/${activityId}/signups`).send({ volunteerId }).expect(201);
      await record({ volunteerId, activityId, startedAt: '2025-03-10T09:00:00+08:00', minutes });
    }
    await record({ volunteerId: a1, category: 'tutoring', startedAt: '2025-03-12T16:00:00+08:00', minutes: 60 });
    await record({ volunteerId: a3, category: 'culture', startedAt: '2025-03-31T23:30:00+08:00', minutes: 30 });
    await record({ volunteerId: a2, category: 'culture', startedAt: '2025-03-20T10:00:00+08:00', minutes: 100, verify: false });
    await record({ volunteerId: a3, category: 'culture', startedAt: '2025-04-01T00:30:00+08:00', minutes: 45 });
  }, 120_000);

  afterAll(() => api.close());

  const line = (teamId: string | null, teamName: string | null, unitId: string | null, unitName: string | null, category: string, minutes: number) =>
    ({ communityId: A, teamId, teamName, unitId, unitName, category, records: 1, minutes, hours: Math.round((minutes / 60) * 100) / 100 });

  it('sums a community\'s verified service of a Shanghai month by team, unit and category, as JSON and as .xlsx', async () => {
    const query = `communityId=${A}&month=${MONTH}`;
    const report = (await staff().get(`/v1/reports/hours?${query}`).set('X-Min-Position', String(await api.headPosition())).expect(200)).body;
    expect(report).toEqual({
      communityId: A,
      month: MONTH,
      lines: [
        line(null, null, null, null, 'culture', 30),
        line(null, null, 'hr-u1', '第一医院', 'tutoring', 60),
        line('hr-t1', '银龄服务队', 'hr-u1', '第一医院', 'elderly_care', 120),
        line('hr-t1', '银龄服务队', 'hr-u2', '实验学校', 'elderly_care', 90),
      ],
      byCommunity: { [A]: 300 },
      byTeam: { '-': 90, 'hr-t1': 210 },
      byUnit: { '-': 30, 'hr-u1': 180, 'hr-u2': 90 },
      byCategory: { culture: 30, elderly_care: 210, tutoring: 60 },
      total: { minutes: 300, records: 4 },
    });

    const xlsx = await staff().get(`/v1/reports/hours/xlsx?${query}`).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['月份', '社区', '服务队', '单位', '服务类别', '服务记录数', '服务时长（分钟）', '服务时长（小时）']);
    expect(rows.slice(1, 5)).toEqual([
      [MONTH, A, '', '', 'culture', 1, 30, 0.5],
      [MONTH, A, '', '第一医院', 'tutoring', 1, 60, 1],
      [MONTH, A, '银龄服务队', '第一医院', 'elderly_care', 1, 120, 2],
      [MONTH, A, '银龄服务队', '实验学校', 'elderly_care', 1, 90, 1.5],
    ]);
    expect(rows[5]).toEqual(['', '合计', '', '', '', 4, 300, 5]);
  });

  it('gives the same month as a PDF in the certificate\'s CJK font, with the total line', async () => {
    const pdf = await staff().get(`/v1/reports/hours/pdf?communityId=${A}&month=${MONTH}`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = renderWithPoppler(pdf.body as Buffer).text;
    for (const expected of ['社区志愿服务时长月报', '甲社区', MONTH, '银龄服务队', '第一医院', '实验学校', 'elderly_care', '时长（分）']) expect(text).toContain(expected);
    // The 合计 line: 4 records, 300 minutes, 5 hours.
    expect(text).toMatch(/合计\s+4\s+300\s+5\b/);
  });

  it('keeps staff to their communities and is empty for a month without service', async () => {
    await api.as('staff', [B], 'hr-staff-b').get(`/v1/reports/hours?communityId=${A}&month=${MONTH}`).expect(403);
    expect((await staff().get(`/v1/reports/hours?communityId=${A}&month=2025-05`).expect(200)).body.total).toEqual({ minutes: 0, records: 0 });
    await staff().get(`/v1/reports/hours?communityId=${A}&month=2025-13`).expect(400);
  });
});
