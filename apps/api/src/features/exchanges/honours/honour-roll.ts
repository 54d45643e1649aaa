import { neutralised } from '../../roster/spreadsheet';

export interface HonourRollEntry {
  rank: number;
  volunteerId: string;
  name: string | null;
  communityId: string | null;
  communityName: string | null;
  verifiedMinutes: number;
  verifiedHours: number;
  records: number;
  starLevel: number;
}

const CSV_COLUMNS: ReadonlyArray<[keyof HonourRollEntry, string]> = [
  ['rank', '名次 Rank'],
  ['volunteerId', '志愿者编号 Volunteer ID'],
  ['name', '姓名 Name'],
  ['communityName', '社区 Community'],
  ['communityId', '社区编号 Community ID'],
  ['verifiedHours', '认证时长(小时) Verified hours'],
  ['verifiedMinutes', '认证时长(分钟) Verified minutes'],
  ['records', '记录数 Records'],
  ['starLevel', '星级 Star level'],
];

/** Text that a spreadsheet would read as a formula (a name like "=1+1") is written so it shows as text. */
function csvField(value: string | number | null): string {
  const cell = neutralised(value);
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a bilingual header row; formula-like text neutralised (CSV injection). */
export function honourRollCsv(entries: readonly HonourRollEntry[]): string {
  const lines = [CSV_COLUMNS.map(([, header]) => csvField(header)).join(',')];
  for (const entry of entries) lines.push(CSV_COLUMNS.map(([key]) => csvField(entry[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
