/**
 * The hours report of a month: verified service minutes grouped by the
 * community served, the team that ran the activity, the volunteer's unit and
 * the category. A pure fold over lines already grouped by the read side.
 */
export interface HoursLine {
  communityId: string;
  teamId: string | null;
  unitId: string | null;
  category: string;
  minutes: number;
  records: number;
}

export interface HoursReportBody {
  month: string;
  lines: HoursLine[];
  byCommunity: Record<string, number>;
  byTeam: Record<string, number>;
  byUnit: Record<string, number>;
  byCategory: Record<string, number>;
  total: { minutes: number; records: number };
}

/** Lines with no team or no unit are counted under this key in the by-team and by-unit sums. */
export const NONE_KEY = '-';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const key = (line: HoursLine) => [line.communityId, line.teamId ?? '', line.unitId ?? '', line.category].join('\u0000');

export function hoursReport(month: string, input: readonly HoursLine[]): HoursReportBody {
  const merged = new Map<string, HoursLine>();
  for (const line of input) {
    const current = merged.get(key(line));
    merged.set(key(line), current ? { ...current, minutes: current.minutes + line.minutes, records: current.records + line.records } : { ...line });
  }
  const lines = [...merged.values()].filter((line) => line.records > 0).sort((a, b) => compare(key(a), key(b)));
  const by = (pick: (line: HoursLine) => string | null) => {
    const out: Record<string, number> = {};
    for (const line of lines) out[pick(line) ?? NONE_KEY] = (out[pick(line) ?? NONE_KEY] ?? 0) + line.minutes;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compare(a, b)));
  };
  return {
    month,
    lines,
    byCommunity: by((line) => line.communityId),
    byTeam: by((line) => line.teamId),
    byUnit: by((line) => line.unitId),
    byCategory: by((line) => line.category),
    total: { minutes: lines.reduce((sum, line) => sum + line.minutes, 0), records: lines.reduce((sum, line) => sum + line.records, 0) },
  };
}
