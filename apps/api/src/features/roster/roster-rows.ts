import { MOBILE_PHONE } from '../../read-side/phone';
import type { RosterLine } from './roster-file';

export type RowErrorCode = 'NAME_MISSING' | 'NAME_TOO_LONG' | 'PHONE_INVALID' | 'PHONE_DUPLICATE_IN_FILE' | 'PHONE_ALREADY_REGISTERED' | 'TEAM_UNKNOWN' | 'PARTY_MEMBER_INVALID';

/** One thing wrong with one row; a row may have several. `message` is Chinese, then English. */
export interface RowError {
  row: number;
  field: 'name' | 'phone' | 'partyMember' | 'team';
  code: RowErrorCode;
  message: string;
}

/** A row that will register a volunteer. */
export interface RosterEntry {
  row: number;
  name: string;
  phone: string;
  partyMember: boolean;
  teamIds: string[];
}

/** What the rows are checked against: the community's volunteers' phones and its teams (by id and by name). */
export interface RosterContext {
  /** Phone → the volunteer already registered with it in the community. */
  phones: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
}

export interface CheckedRoster {
  rows: number;
  entries: RosterEntry[];
  errors: RowError[];
}

const MAX_NAME = 50;
const TEAM_SEPARATORS = /[、,，;；/|]+/;
const YES = new Set(['是', '党员', '中共党员', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['', '否', '群众', '非党员', 'n', 'no', 'false', '0', '×']);

/** Spaces, dashes and a +86 or 86 country prefix are how people write numbers; the number is what is left. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/[\s\-()（）]/g, '');
  return digits.replace(/^(\+?86)(?=1\d{10}$)/, '');
}

/**
 * Every row checked as POST /v1/volunteers checks one, plus what only a file
 * can get wrong: the same phone twice (the later rows are refused) and a
 * phone already registered in the community. Pure: the context is read once.
 */
export function checkRoster(lines: readonly RosterLine[], context: RosterContext): CheckedRoster {
  const entries: RosterEntry[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of lines) {
    const wrong: RowError[] = [];
    const fail = (field: RowError['field'], code: RowErrorCode, zh: string, en: string) => wrong.push({ row, field, code, message: `${zh} / ${en}` });
    const name = cells.get('name') ?? '';
    if (name === '') fail('name', 'NAME_MISSING', '缺少姓名', 'The name is missing');
    else if ([...name].length > MAX_NAME) fail('name', 'NAME_TOO_LONG', `姓名超过 ${MAX_NAME} 个字`, `The name is longer than ${MAX_NAME} characters`);
    const phone = normalisePhone(cells.get('phone') ?? '');
    if (!MOBILE_PHONE.test(phone)) fail('phone', 'PHONE_INVALID', '手机号须为 11 位大陆手机号（13–19 开头）', 'The phone must be a mainland mobile number (11 digits starting 13–19)');
    else if (seen.has(phone)) fail('phone', 'PHONE_DUPLICATE_IN_FILE', `手机号与第 ${seen.get(phone)} 行重复`, `The phone repeats row ${seen.get(phone)}`);
    else if (context.phones.has(phone)) fail('phone', 'PHONE_ALREADY_REGISTERED', '该手机号已登记为本社区志愿者', 'A volunteer of the community is already registered with this phone');
    if (MOBILE_PHONE.test(phone) && !seen.has(phone)) seen.set(phone, row);
    const party = (cells.get('partyMember') ?? '').toLowerCase();
    if (!YES.has(party) && !NO.has(party)) fail('partyMember', 'PARTY_MEMBER_INVALID', '“是否党员”须填“是”或“否”', 'Party member must be 是 (yes) or 否 (no)');
    const teamIds: string[] = [];
    for (const team of (cells.get('team') ?? '').split(TEAM_SEPARATORS).map((part) => part.trim()).filter((part) => part !== '')) {
      const teamId = context.teams.get(team);
      if (teamId === undefined) fail('team', 'TEAM_UNKNOWN', `本社区没有服务队“${team}”`, `The community has no team "${team}"`);
      else if (!teamIds.includes(teamId)) teamIds.push(teamId);
    }
    if (wrong.length > 0) errors.push(...wrong);
    else entries.push({ row, name, phone, partyMember: YES.has(party), teamIds });
  }
  return { rows: lines.length, entries, errors };
}
