import ExcelJS from 'exceljs';
import { rosterProblem } from './roster-problems';
import { declaredUnpackedBytes } from './zip-inflation';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv';

/** Far above a street's roster (one street in the reports has about 7,800 volunteers). */
export const MAX_ROWS = 20_000;
/** What an .xlsx may unpack to; a 20,000-row roster is a few MB. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column name. */
export interface RosterLine {
  row: number;
  cells: ReadonlyMap<RosterColumn, string>;
}

export type RosterColumn = 'name' | 'phone' | 'partyMember' | 'team';

/** Header texts each column is known by, Chinese first. */
const HEADERS: Record<RosterColumn, readonly string[]> = {
  name: ['姓名', '名字', 'name'],
  phone: ['手机号', '手机号码', '手机', '电话', '联系电话', 'phone', 'mobile'],
  partyMember: ['是否党员', '党员', '政治面貌', 'partymember', 'party member', 'party'],
  team: ['服务队', '志愿者服务队', '所属服务队', 'team', 'teams'],
};

/** The media type a request names, without parameters, lowercase. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** The rows of a roster in either format; a file that cannot be a roster is a 4xx problem. */
export async function readRosterFile(file: Buffer, mediaType: string): Promise<RosterLine[]> {
  const table = mediaType === XLSX_MEDIA_TYPE ? await readXlsx(file) : readCsv(file);
  return toLines(table);
}

async function readXlsx(file: Buffer): Promise<string[][]> {
  const declared = declaredUnpackedBytes(file);
  if (declared === null) throw rosterProblem('ROSTER_UNREADABLE');
  if (declared.bytes > MAX_UNPACKED_BYTES) {
    throw rosterProblem('ROSTER_TOO_LARGE', { zh: `文件解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`, en: `The file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB` });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw rosterProblem('ROSTER_UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw rosterProblem('ROSTER_EMPTY');
  if (sheet.rowCount > MAX_ROWS + 1) throw tooManyRows();
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as unknown[];
    table[number - 1] = values.slice(1).map(cellText);
  });
  for (let index = 0; index < table.length; index += 1) table[index] ??= [];
  return table;
}

/** A cell as the text a person sees in it: a formula's result, rich text joined, a hyperlink's text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
  }
  return '';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Excel in Chinese saves CSV as GBK unless told otherwise: such a file is read as GB18030 (a superset).
const gb18030 = new TextDecoder('gb18030');

function readCsv(file: Buffer): string[][] {
  let text: string;
  try {
    text = utf8.decode(file);
  } catch {
    text = gb18030.decode(file);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw rosterProblem('ROSTER_UNREADABLE');
  return parseCsv(text);
}

/** RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line breaks; CRLF or LF ends a record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      if (records.length > MAX_ROWS + 1) throw tooManyRows();
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function tooManyRows() {
  return rosterProblem('ROSTER_TOO_LARGE', { zh: `文件至多 ${MAX_ROWS} 行数据`, en: `A file holds at most ${MAX_ROWS} data rows` });
}

const normaliseHeader = (text: string): string => text.replace(/[\s*（）()：:]/g, '').toLowerCase();

function toLines(table: string[][]): RosterLine[] {
  const header = table[0] ?? [];
  const columns = new Map<number, RosterColumn>();
  header.forEach((text, index) => {
    const wanted = normaliseHeader(text);
    const column = (Object.keys(HEADERS) as RosterColumn[]).find((name) => HEADERS[name].some((known) => normaliseHeader(known) === wanted));
    if (column && ![...columns.values()].includes(column)) columns.set(index, column);
  });
  const found = new Set(columns.values());
  if (!found.has('name') || !found.has('phone')) throw rosterProblem('ROSTER_HEADERS_MISSING');
  const lines: RosterLine[] = [];
  for (let index = 1; index < table.length; index += 1) {
    const cells = new Map<RosterColumn, string>();
    for (const [position, column] of columns) cells.set(column, (table[index][position] ?? '').trim());
    // A row with nothing in it is a gap in the sheet, not a volunteer.
    if ([...cells.values()].every((value) => value === '')) continue;
    lines.push({ row: index + 1, cells });
  }
  if (lines.length === 0) throw rosterProblem('ROSTER_EMPTY');
  if (lines.length > MAX_ROWS) throw tooManyRows();
  return lines;
}
