import { ProblemError } from '../../platform/errors/problem.error';

/** Refusals of a roster file as a whole; a bad row is reported in the answer instead. */
export const ROSTER_PROBLEMS = {
  ROSTER_MEDIA_TYPE: {
    status: 415,
    title: { zh: '请上传 .xlsx 或 .csv 文件（Content-Type 为 text/csv 或 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）', en: 'Upload an .xlsx or .csv file (Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)' },
  },
  ROSTER_UNREADABLE: { status: 422, title: { zh: '无法读取该文件：不是有效的 .xlsx 或 .csv', en: 'The file cannot be read as .xlsx or .csv' } },
  ROSTER_HEADERS_MISSING: { status: 422, title: { zh: '第一行须为表头，至少包含“姓名”和“手机号”两列', en: 'The first row must be headers, with at least 姓名 (name) and 手机号 (phone)' } },
  ROSTER_TOO_LARGE: { status: 422, title: { zh: '文件行数过多', en: 'The file has too many rows' } },
  ROSTER_EMPTY: { status: 422, title: { zh: '文件中没有数据行', en: 'The file has no data rows' } },
} as const;

export type RosterProblemCode = keyof typeof ROSTER_PROBLEMS;

export function rosterProblem(code: RosterProblemCode, detail?: { zh: string; en: string }): ProblemError {
  return new ProblemError({ code, ...ROSTER_PROBLEMS[code], detail });
}
