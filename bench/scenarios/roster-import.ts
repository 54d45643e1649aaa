import ExcelJS from 'exceljs';
import type { HttpClient } from '../lib/http-client';
import { round } from '../lib/stats';
import { signToken } from '../lib/tokens';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEAMS = 50;
/** The bar: 10,000 rows in under a minute on two cores. */
const TARGET_SECONDS = 60;

/**
 * 6. Roster import: a 10,000-row .xlsx (name, phone, Party member, one of
 * 50 teams for every other row) into a community of its own. Times the dry
 * run, then the import from upload to completed (every volunteer registered
 * and every team's members added), polling its status; then uploads the same
 * file again, which must add nobody.
 */
export async function rosterImportScenario(http: HttpClient, baseUrl: string, jwtSecret: string, rows: number) {
  const admin = signToken(jwtSecret, 'admin');
  const communityId = 'bench-roster';
  await http.json('POST', '/v1/communities', admin, { communityId, name: '名册基准社区' });
  await http.json('POST', '/v1/staff/bench-staff/grants', admin, { communityId });
  const staff = signToken(jwtSecret, 'staff', [communityId]);
  for (let team = 0; team < TEAMS; team += 1) await http.json('POST', '/v1/teams', staff, { teamId: `bench-team-${team}`, communityId, name: `基准服务队${team}` });

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['姓名', '手机号', '是否党员', '服务队']);
  for (let row = 0; row < rows; row += 1) sheet.addRow([`导入志愿者${row}`, `139${String(row).padStart(8, '0')}`, row % 3 === 0 ? '是' : '否', row % 2 === 0 ? `基准服务队${row % TEAMS}` : '']);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());

  const upload = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}?communityId=${communityId}`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': XLSX }, body: new Uint8Array(file) });
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`POST ${path} -> ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return { status: response.status, body };
  };

  const dryStarted = Date.now();
  const dry = await upload('/v1/roster-imports/dry-run');
  const drySeconds = (Date.now() - dryStarted) / 1000;

  const started = Date.now();
  const first = await upload('/v1/roster-imports');
  const importId = String(first.body.importId);
  let status: Record<string, unknown> = first.body;
  while (status.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await http.json('GET', `/v1/roster-imports/${importId}`, staff);
  }
  const seconds = (Date.now() - started) / 1000;
  const again = await upload('/v1/roster-imports');
  const members = await http.json<{ items: unknown[]; nextCursor: string | null }>('GET', `/v1/volunteers?communityId=${communityId}&limit=1`, staff);
  return {
    rows,
    file_bytes: file.byteLength,
    teams: TEAMS,
    dry_run_seconds: round(drySeconds, 2),
    dry_run_valid_rows: dry.body.validRows,
    import_seconds: round(seconds, 2),
    rows_per_s: round(rows / seconds),
    status: status.status,
    registered: status.registered,
    second_upload: { status: again.status, registered: again.body.registered, same_import: again.body.importId === importId },
    listed: members.items.length > 0,
    target_seconds: TARGET_SECONDS,
    correct: status.status === 'completed' && status.registered === rows && again.status === 200 && again.body.importId === importId,
    within_target: seconds < TARGET_SECONDS,
  };
}
