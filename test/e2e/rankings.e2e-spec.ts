import ExcelJS from 'exceljs';
import { startTestApi, type TestApi } from '../support/api';
import { binary, renderWithPoppler } from '../support/pdf';
import { uniquePhone } from '../support/phones';

const A = 'rk-a';
const YEAR = 2025;

/**
 * Units: rk-u1 (a1–a4), rk-u2 (b1, b2), rk-u3 (c1). Teams: rk-t1 (a1, b1),
 * rk-t2 (a4, c1). Verified service in 2025: a1 600, a2 1200, a3 600,
 * b1 300, b2 300 minutes; nobody else.
 */
describe('the year-end ranking of units and teams (评价排序)', () => {
  let api: TestApi;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'rk-staff');
  const fresh = async () => String(await api.headPosition());

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    for (const unitId of ['rk-u1', 'rk-u2', 'rk-u3']) await admin().post('/v1/units').send({ unitId, communityId: A, name: unitId, kind: 'enterprise' }).expect(201);
    const volunteer = async (unitId: string) => (await admin().post('/v1/volunteers').send({ name: '志愿者', phone: uniquePhone(), communityId: A, unitId }).expect(201)).body.volunteerId as string;
    const [a1, a2, a3, a4] = [await volunteer('rk-u1'), await volunteer('rk-u1'), await volunteer('rk-u1'), await volunteer('rk-u1')];
    const [b1, b2] = [await volunteer('rk-u2'), await volunteer('rk-u2')];
    const c1 = await volunteer('rk-u3');
    const serve = (volunteerId: string, day: string, minutes: number) =>
      admin().post('/v1/service-records').send({ volunteerId, category: 'other', startedAt: `${YEAR}-03-${day}T08:00:00+08:00`, minutes, verify: true }).expect(201);
    await serve(a1, '01', 600);
    await serve(a2, '01', 600);
    await serve(a2, '02', 600);
    await serve(a3, '01', 600);
    await serve(b1, '01', 300);
    await serve(b2, '01', 300);
    // Last year's service and this year's count for other years only.
    await admin().post('/v1/service-records').send({ volunteerId: c1, category: 'other', startedAt: `${YEAR - 1}-12-31T08:00:00+08:00`, minutes: 600, verify: true }).expect(201);

    for (const [teamId, members] of [['rk-t1', [a1, b1]], ['rk-t2', [a4, c1]]] as const) {
      await staff().post('/v1/teams').send({ teamId, communityId: A, name: teamId }).expect(201);
      for (const volunteerId of members) await staff().post(`/v1/teams/${teamId}/members`).send({ volunteerId }).expect(201);
    }
    const activity = (day: string) => ({ title: '服务日活动', category: 'culture', communityId: A, teamId: 'rk-t1', startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T11:00:00+08:00`, place: '社区' });
    // 2025-01-11 is January's second Saturday (the service day); 2025-02-10 is a Monday.
    const january = (await staff().post('/v1/activities').send(activity('2025-01-11')).expect(201)).body.activityId;
    const february = (await staff().post('/v1/activities').send(activity('2025-02-10')).expect(201)).body.activityId;
    // Projects delivered in 2025: one of rk-u2's, one of rk-t1's.
    const project = (projectId: string, kind: string, id: string) => ({ projectId, communityId: A, title: projectId, category: 'culture', description: '项目', provider: { kind, id } });
    await staff().post('/v1/service-projects').send(project('rk-p-unit', 'unit', 'rk-u2')).expect(201);
    await staff().post('/v1/service-projects').send(project('rk-p-team', 'team', 'rk-t1')).expect(201);
    await staff().post('/v1/service-projects/rk-p-unit/activities').send({ activityId: february }).expect(201);
    await staff().post('/v1/service-projects/rk-p-team/activities').send({ activityId: january }).expect(201);

    await staff().post('/v1/units/rk-u1/appraisals').send({ year: YEAR, score: 60 }).expect(201);
    await staff().post('/v1/units/rk-u1/appraisals').send({ year: YEAR, score: 80 }).expect(201);
    await staff().post('/v1/units/rk-u2/appraisals').send({ year: YEAR, score: 90 }).expect(201);
    await staff().post('/v1/teams/rk-t1/appraisals').send({ year: YEAR, score: 70 }).expect(201);
    await staff().post('/v1/teams/rk-t2/appraisals').send({ year: YEAR, score: 95 }).expect(201);
  }, 120_000);

  afterAll(() => api.close());

  const table = (items: Array<{ rank: number; id: string; total: number }>) => items.map(({ rank, id, total }) => [rank, id, total]);

  it('ranks units and teams as the hand-computed table says, with the default weights (40, 30, 10, 20)', async () => {
    const units = (await staff().get(`/v1/rankings/units?year=${YEAR}&communityId=${A}`).set('X-Min-Position', await fresh()).expect(200)).body;
    expect(units.weights).toEqual({ hoursPerMember: 40, participationRate: 30, projectsDelivered: 10, appraisal: 20 });
    // u1: 10 h a member (best: 100), 3 of 4 served (75), no project (0), appraisal 80 → 40 + 22.5 + 0 + 16 = 78.5
    // u2: 5 h (50), 2 of 2 (100), 1 project (best: 100), 90 → 20 + 30 + 10 + 18 = 78; u3: nothing this year → 0
    expect(table(units.items)).toEqual([[1, 'rk-u1', 78.5], [2, 'rk-u2', 78], [3, 'rk-u3', 0]]);
    expect(units.items[0]).toMatchObject({ members: 4, activeMembers: 3, minutes: 2400, hoursPerMember: 10, participationRate: 0.75, appraisal: 80, scores: { hoursPerMember: 100, participationRate: 75, projectsDelivered: 0, appraisal: 80 } });

    const teams = (await staff().get(`/v1/rankings/teams?year=${YEAR}&communityId=${A}`).expect(200)).body;
    // t1: 900 min over 2 members = 7.5 h (100), 2 of 2 (100), 1 project (100), 70 → 40 + 30 + 10 + 14 = 94; t2: 0, 0, 0, 95 → 19
    expect(table(teams.items)).toEqual([[1, 'rk-t1', 94], [2, 'rk-t2', 19]]);
    const t1 = teams.items[0];
    expect(t1.months).toHaveLength(12);
    expect(t1.months.slice(0, 3)).toEqual([
      { month: '2025-01', activities: 1, serviceDayHeld: true, compliant: true },
      { month: '2025-02', activities: 1, serviceDayHeld: false, compliant: false },
      { month: '2025-03', activities: 0, serviceDayHeld: false, compliant: false },
    ]);
    expect(t1.compliantMonths).toBe(1);
    expect(teams.items[1].compliantMonths).toBe(0);
  });

  const sheet = async (path: string): Promise<unknown[][]> => {
    const response = await staff().get(path).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const pdfText = async (path: string): Promise<string> => {
    const response = await staff().get(path).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return renderWithPoppler(response.body as Buffer).text;
  };

  it('gives both rankings as .xlsx with Chinese headers and as PDF in Chinese, the same figures as the JSON', async () => {
    const query = `year=${YEAR}&communityId=${A}`;
    const units = await sheet(`/v1/rankings/units/xlsx?${query}`);
    expect(units[0]).toEqual(['排名', '单位编号', '单位', '成员人数', '参与人数', '服务时长（小时）', '人均时长（小时）', '参与率', '服务项目数', '民主评议', '综合得分']);
    expect(units.slice(1)).toEqual([
      [1, 'rk-u1', 'rk-u1', 4, 3, 40, 10, 0.75, 0, 80, 78.5],
      [2, 'rk-u2', 'rk-u2', 2, 2, 10, 5, 1, 1, 90, 78],
      [3, 'rk-u3', 'rk-u3', 1, 0, 0, 0, 0, 0, null, 0],
    ].map((row) => row.map((value) => (value === null ? undefined : value))));
    // Hours served add up to the units' 3000 minutes of 2025.
    expect(units.slice(1).reduce((sum, row) => sum + Number(row[5]), 0)).toBe(50);

    const teams = await sheet(`/v1/rankings/teams/xlsx?${query}`);
    expect(teams[0].slice(-2)).toEqual(['综合得分', '达标月数']);
    expect(teams.slice(1).map((row) => [row[0], row[1], row[5], row[10], row[11]])).toEqual([[1, 'rk-t1', 15, 94, 1], [2, 'rk-t2', 0, 19, 0]]);

    const unitText = await pdfText(`/v1/rankings/units/pdf?${query}`);
    for (const expected of ['驻区单位年终评价排序', '甲社区', String(YEAR), '权重：人均服务时长 40', '民主评议', '78.5', 'rk-u2']) expect(unitText).toContain(expected);
    const teamText = await pdfText(`/v1/rankings/teams/pdf?${query}`);
    for (const expected of ['服务队年终评价排序', '达标月', '人均（时）', 'rk-t1', '94']) expect(teamText).toContain(expected);
    // The whole street, for admin: the same three units of this community among any others.
    const street = (await admin().get(`/v1/rankings/units/pdf?year=${YEAR}`).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(renderWithPoppler(street).text).toContain('全街道');
  });

  it('ranks again with the weights the policy changes to', async () => {
    await admin().put('/v1/policy/ranking-weights').send({ hoursPerMember: 0, participationRate: 1, projectsDelivered: 0, appraisal: 1 }).expect(200);
    const at = await fresh();
    // u1: (75 + 80) / 2 = 77.5; u2: (100 + 90) / 2 = 95. t1: (100 + 70) / 2 = 85; t2: (0 + 95) / 2 = 47.5
    expect(table((await staff().get(`/v1/rankings/units?year=${YEAR}&communityId=${A}`).set('X-Min-Position', at).expect(200)).body.items)).toEqual([[1, 'rk-u2', 95], [2, 'rk-u1', 77.5], [3, 'rk-u3', 0]]);
    expect(table((await staff().get(`/v1/rankings/teams?year=${YEAR}&communityId=${A}`).expect(200)).body.items)).toEqual([[1, 'rk-t1', 85], [2, 'rk-t2', 47.5]]);
  });

  it('keeps a community\'s service-project menu: offered by its own teams and active units, paused, retired, named by activities', async () => {
    await admin().post('/v1/communities').send({ communityId: 'rk-c', name: '丙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'rk-elsewhere', communityId: 'rk-c', name: '别处单位', kind: 'other' }).expect(201);
    const head = await api.headPosition();
    const project = (provider: Record<string, string>) => ({ projectId: 'rk-p-new', communityId: A, title: '法律咨询', category: 'mediation', description: '每周一次', provider });
    expect((await staff().post('/v1/service-projects').send(project({ kind: 'unit', id: 'no-such-unit' })).expect(404)).body.code).toBe('UNIT_NOT_FOUND');
    expect((await staff().post('/v1/service-projects').send(project({ kind: 'team', id: 'no-such-team' })).expect(404)).body.code).toBe('TEAM_NOT_FOUND');
    expect((await staff().post('/v1/service-projects').send(project({ kind: 'unit', id: 'rk-elsewhere' })).expect(409)).body.code).toBe('PROVIDER_NOT_IN_COMMUNITY');
    expect(await api.headPosition()).toBe(head);
    expect((await staff().post('/v1/service-projects').send(project({ kind: 'unit', id: 'rk-u1' })).expect(201)).headers.location).toBe('/v1/service-projects/rk-p-new');
    expect((await staff().post('/v1/service-projects').send(project({ kind: 'unit', id: 'rk-u1' })).expect(409)).body.code).toBe('SERVICE_PROJECT_ALREADY_EXISTS');
    await staff().put('/v1/service-projects/rk-p-new/status').send({ status: 'paused' }).expect(200);
    const activityId = (await staff().post('/v1/activities').send({ title: '咨询', category: 'mediation', communityId: A, startsAt: '2025-05-01T09:00:00+08:00', endsAt: '2025-05-01T10:00:00+08:00', place: '社区' }).expect(201)).body.activityId;
    expect((await staff().post('/v1/service-projects/rk-p-new/activities').send({ activityId }).expect(409)).body.code).toBe('SERVICE_PROJECT_NOT_ACTIVE');
    await staff().put('/v1/service-projects/rk-p-new/status').send({ status: 'retired' }).expect(200);
    expect((await staff().put('/v1/service-projects/rk-p-new/status').send({ status: 'active' }).expect(409)).body.code).toBe('SERVICE_PROJECT_RETIRED');
    const menu = (await staff().get(`/v1/service-projects?communityId=${A}`).set('X-Min-Position', await fresh()).expect(200)).body.items;
    expect(menu.map((item: { projectId: string; status: string; provider: unknown; activities: string[] }) => [item.projectId, item.status, item.provider, item.activities.length])).toEqual([
      ['rk-p-new', 'retired', { kind: 'unit', id: 'rk-u1' }, 0],
      ['rk-p-team', 'active', { kind: 'team', id: 'rk-t1' }, 1],
      ['rk-p-unit', 'active', { kind: 'unit', id: 'rk-u2' }, 1],
    ]);
  });

  it('refuses weights all 0, a score past 100, and staff of another community', async () => {
    const head = await api.headPosition();
    expect((await admin().put('/v1/policy/ranking-weights').send({ hoursPerMember: 0, participationRate: 0, projectsDelivered: 0, appraisal: 0 }).expect(422)).body.code).toBe('INVALID_RANKING_WEIGHTS');
    await staff().post('/v1/units/rk-u1/appraisals').send({ year: YEAR, score: 101 }).expect(400);
    expect(await api.headPosition()).toBe(head);
    await admin().post('/v1/communities').send({ communityId: 'rk-b', name: '乙社区' }).expect(201);
    await api.as('staff', ['rk-b'], 'rk-other').get(`/v1/rankings/units?year=${YEAR}&communityId=${A}`).expect(403);
  });
});
