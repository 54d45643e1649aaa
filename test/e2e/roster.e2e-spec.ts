import ExcelJS from 'exceljs';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import type request from 'supertest';
import { startTestApi, type TestApi } from '../support/api';

const A = 'mingce-a';
const B = 'mingce-b';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The n-th test phone: 11 digits, distinct for every n. */
const phoneOf = (n: number) => `137${String(n).padStart(8, '0')}`;

async function xlsxOf(rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function sheetOf(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

/** Collects a binary answer as a Buffer. */
function binary(test: request.Test): request.Test {
  return test.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

describe('roster import and export', () => {
  let api: TestApi;
  let pool: Pool;
  const staffA = () => api.as('staff', [A], 'staff-mingce-a');
  const staffB = () => api.as('staff', [B], 'staff-mingce-b');
  const upload = (path: string, type: string, file: Buffer | string, agent = staffA()) => agent.post(path).set('Content-Type', type).send(file);
  const registered = async () => (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM shiji_events WHERE type = 'VolunteerRegistered'")).rows[0].n;

  async function finished(importId: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const status = (await staffA().get(`/v1/roster-imports/${importId}`).expect(200)).body;
      if (status.status !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish within 60 s');
  }

  beforeAll(async () => {
    api = await startTestApi();
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    await api.as('admin').post('/v1/communities').send({ communityId: A, name: '名册甲社区' }).expect(201);
    await api.as('admin').post('/v1/communities').send({ communityId: B, name: '名册乙社区' }).expect(201);
    await staffA().post('/v1/teams').send({ teamId: 'mingce-elderly', communityId: A, name: '助老服务队' }).expect(201);
    await staffA().post('/v1/volunteers').send({ name: '已在册', phone: '13600000001', communityId: A }).expect(201);
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('dry run: reports exactly the bad rows with their reasons, and writes nothing', async () => {
    const lines = ['姓名,手机号,是否党员,服务队'];
    for (let n = 0; n < 20; n += 1) lines.push(`试行${n},${phoneOf(900 + n)},${n % 2 ? '是' : '否'},${n % 3 ? '' : '助老服务队'}`);
    lines[3] = ',13811110003,是,'; // row 4: no name
    lines[6] = '王五,1381111,否,'; // row 7: bad phone
    lines[9] = `赵六,${phoneOf(900)},否,`; // row 10: repeats row 2
    lines[12] = '钱七,13600000001,否,'; // row 13: already in the community
    lines[15] = '孙八,13811110015,是,不存在的队'; // row 16: unknown team
    const head = await api.headPosition();
    const answer = (await upload(`/v1/roster-imports/dry-run?communityId=${A}`, 'text/csv; charset=utf-8', `\uFEFF${lines.join('\r\n')}\r\n`).expect(200)).body;
    expect(answer).toMatchObject({ rows: 20, validRows: 15 });
    expect(answer.errors.map((error: { row: number; code: string }) => [error.row, error.code])).toEqual([
      [4, 'NAME_MISSING'], [7, 'PHONE_INVALID'], [10, 'PHONE_DUPLICATE_IN_FILE'], [13, 'PHONE_ALREADY_REGISTERED'], [16, 'TEAM_UNKNOWN'],
    ]);
    expect(answer.errors[4].message).toContain('不存在的队');
    expect(await api.headPosition()).toBe(head);
    expect((await pool.query('SELECT count(*)::int AS n FROM roster_imports')).rows[0].n).toBe(0);
  });

  it('imports the same 1,000-row file twice and registers 1,000 volunteers, with their teams', async () => {
    const rows: Array<Array<string | number>> = [['姓名', '手机号', '是否党员', '服务队']];
    for (let n = 0; n < 1000; n += 1) rows.push([`导入${n}`, Number(phoneOf(n)), n % 2 ? '是' : '否', n % 10 === 0 ? 'mingce-elderly' : '']);
    const file = await xlsxOf(rows);
    const before = await registered();
    const first = await upload(`/v1/roster-imports?communityId=${A}`, XLSX, file).expect(202);
    expect(first.body).toMatchObject({ communityId: A, status: 'running', rows: 1000, validRows: 1000 });
    const done = await finished(first.body.importId);
    expect(done).toMatchObject({ status: 'completed', processed: 1000, registered: 1000, refusedRows: 0, errors: [] });
    const again = await upload(`/v1/roster-imports?communityId=${A}`, XLSX, file).expect(200);
    expect(again.body).toMatchObject({ importId: first.body.importId, status: 'completed', registered: 1000 });
    expect(await registered()).toBe(before + 1000);
    const correlated = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM shiji_events WHERE type = 'VolunteerRegistered' AND metadata->>'correlationId' = $1", [first.body.importId]);
    expect(correlated.rows[0].n).toBe(1000);
    for (const clear of ['导入7', phoneOf(7)]) {
      expect((await pool.query('SELECT count(*)::int AS n FROM shiji_events WHERE data::text LIKE $1', [`%${clear}%`])).rows[0].n).toBe(0);
    }
    await api.waitForProjections();
    const team = (await pool.query<{ members: string[] }>("SELECT data->'members' AS members FROM rm_teams WHERE id = 'mingce-elderly'")).rows[0];
    expect(team.members).toHaveLength(100);
    const page = (await staffA().get(`/v1/volunteers?communityId=${A}&q=${phoneOf(42)}`).expect(200)).body.items;
    expect(page).toEqual([expect.objectContaining({ name: '导入42', phone: phoneOf(42), partyMember: false })]);
    // The same people in another file (re-saved, say) are already in the community: nobody is added.
    const resaved = await upload(`/v1/roster-imports/dry-run?communityId=${A}`, 'text/csv', rows.slice(0, 11).map((row) => row.join(',')).join('\n')).expect(200);
    expect(resaved.body).toMatchObject({ rows: 10, validRows: 0 });
    expect(new Set(resaved.body.errors.map((error: { code: string }) => error.code))).toEqual(new Set(['PHONE_ALREADY_REGISTERED']));
  }, 120_000);

  it('is only for staff of the community', async () => {
    const file = '姓名,手机号\n张三,13812345678\n';
    expect((await upload(`/v1/roster-imports/dry-run?communityId=${A}`, 'text/csv', file, staffB()).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await upload(`/v1/roster-imports?communityId=${A}`, 'text/csv', file, staffB()).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await upload(`/v1/roster-imports?communityId=${A}`, 'text/csv', file, api.as('volunteer', [A], 'v-x')).expect(403)).body.code).toBe('FORBIDDEN');
    const [{ id }] = (await pool.query<{ id: string }>('SELECT id FROM roster_imports LIMIT 1')).rows;
    expect((await staffB().get(`/v1/roster-imports/${id}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staffB().get(`/v1/exports/volunteers?communityId=${A}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await staffB().get(`/v1/exports/service-records?communityId=${A}&month=2025-03`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('refuses what is not a roster with a 4xx problem, appending nothing', async () => {
    const head = await api.headPosition();
    const cases: Array<[string, string | Buffer, number, string]> = [
      ['application/json', '{"name":"张三"}', 415, 'ROSTER_MEDIA_TYPE'],
      ['text/csv', '名字没有,电话也没有\n1,2\n', 422, 'ROSTER_HEADERS_MISSING'],
      ['text/csv', '姓名,手机号\n', 422, 'ROSTER_EMPTY'],
      [XLSX, Buffer.from('not a zip at all'), 422, 'ROSTER_UNREADABLE'],
      ['text/csv', Buffer.alloc(17 * 1024 * 1024, 0x41), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [type, file, status, code] of cases) {
      for (const path of [`/v1/roster-imports/dry-run?communityId=${A}`, `/v1/roster-imports?communityId=${A}`]) {
        const response = await upload(path, type, file);
        expect([path, response.status, response.body.code]).toEqual([path, status, code]);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    expect((await staffA().post(`/v1/roster-imports?communityId=${A}`).expect(415)).body.code).toBe('ROSTER_MEDIA_TYPE');
    expect((await upload('/v1/volunteers', 'text/csv', '姓名,手机号\n').expect(415)).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await staffA().get('/v1/roster-imports/no-such-import').expect(404)).body.code).toBe('NOT_FOUND');
    expect((await staffA().get(`/v1/exports/service-records?communityId=${A}&month=2025-13`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await api.headPosition()).toBe(head);
  });

  it('exports volunteers and a month\'s records as .xlsx with Chinese headers, formulas neutralised', async () => {
    const { volunteerId } = (await staffA().post('/v1/volunteers').send({ name: '=HYPERLINK("http://x","点我")', phone: '13600000002', communityId: A }).expect(201)).body;
    const record = (await staffA().post('/v1/service-records').send({ volunteerId, category: 'culture', description: '+1 小时', startedAt: '2025-03-10T01:00:00Z', minutes: 90, verify: true }).expect(201)).body;
    await staffA().post('/v1/service-records').send({ volunteerId, category: 'culture', startedAt: '2025-04-10T01:00:00Z', minutes: 30 }).expect(201);
    await api.waitForProjections();
    const volunteers = await binary(staffA().get(`/v1/exports/volunteers?communityId=${A}`)).expect(200);
    expect(volunteers.headers['content-type']).toBe(XLSX);
    expect(volunteers.headers['content-disposition']).toContain("filename*=UTF-8''");
    const sheet = await sheetOf(volunteers.body as Buffer);
    // The readable number, not the id: one per volunteer, none shared.
    const { volunteerNumber } = (await staffA().get(`/v1/volunteers/${volunteerId}`).expect(200)).body as { volunteerNumber: string };
    expect(volunteerNumber).toMatch(/^[A-HJ-NP-Z]{3}-\d{6}$/);
    expect(new Set(sheet.slice(1).map((row) => row[0])).size).toBe(1002);
    expect(sheet[0]).toEqual(['志愿者编号', '姓名', '手机号', '是否党员', '服务队', '星级', '累计认证时长（小时）', '状态', '登记时间']);
    expect(sheet).toHaveLength(1 + 1002);
    expect(sheet.find((row) => row[0] === volunteerNumber)?.slice(1, 3)).toEqual(['\'=HYPERLINK("http://x","点我")', '13600000002']);
    const masked = await sheetOf((await binary(api.as('admin').get(`/v1/exports/volunteers?communityId=${A}`)).expect(200)).body as Buffer);
    expect(masked.find((row) => row[0] === volunteerNumber)?.[2]).toBe('136****0002');
    const records = await sheetOf((await binary(staffA().get(`/v1/exports/service-records?communityId=${A}&month=2025-03`)).expect(200)).body as Buffer);
    expect(records[0]).toEqual(['记录编号', '志愿者编号', '姓名', '服务开始时间', '时长（分钟）', '服务类别', '服务活动', '状态', '说明']);
    expect(records.slice(1)).toEqual([[record.recordId, volunteerNumber, '\'=HYPERLINK("http://x","点我")', '2025-03-10 09:00', '90', '文化活动', '临时服务', '已认证', '\'+1 小时']]);
  });
});
