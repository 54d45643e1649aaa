import { Injectable } from '@nestjs/common';
import { hoursReport, monthEnd, previousMonth, type HoursLine, type HoursReportBody } from '@shiji/domain';
import { ReadModels } from '../../read-side/read-models';
import { reportPdf, reportXlsx, type ReportColumn, type ReportTable } from './report-files';

export interface NamedHoursLine extends HoursLine {
  teamName: string | null;
  unitName: string | null;
  hours: number;
}

export interface HoursReport extends Omit<HoursReportBody, 'lines'> {
  communityId: string;
  lines: NamedHoursLine[];
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

type HoursRow = NamedHoursLine & { month: string };

const COLUMNS: ReadonlyArray<ReportColumn<HoursRow>> = [
  { header: '月份', width: 10, pdfWidth: 0, value: (row) => row.month },
  { header: '社区', width: 14, pdfWidth: 0, value: (row) => row.communityId },
  { header: '服务队', width: 22, pdfWidth: 110, value: (row) => row.teamName ?? row.teamId ?? '' },
  { header: '单位', width: 24, pdfWidth: 120, value: (row) => row.unitName ?? row.unitId ?? '' },
  { header: '服务类别', width: 16, pdfWidth: 85, value: (row) => row.category },
  { header: '服务记录数', width: 12, pdfWidth: 50, value: (row) => row.records },
  { header: '服务时长（分钟）', width: 16, pdfWidth: 60, pdfHeader: '时长（分）', value: (row) => row.minutes },
  { header: '服务时长（小时）', width: 16, pdfWidth: 50, pdfHeader: '时长（时）', value: (row) => row.hours },
];

/**
 * Verified service of a community's month by team (the activity's team),
 * unit (the volunteer's unit) and category, read from the service-record,
 * unit-member and activity views, never from the log. Months are Shanghai
 * months of the service's start.
 */
@Injectable()
export class HoursReports {
  constructor(private readonly readModels: ReadModels) {}

  async report(communityId: string, month: string): Promise<HoursReport> {
    const from = monthEnd(previousMonth(month)).toISOString();
    const to = monthEnd(month).toISOString();
    const { rows } = await this.readModels.pool.query<{ team_id: string | null; unit_id: string | null; category: string; minutes: number; records: number; team_name: string | null; unit_name: string | null }>(
      `SELECT g.*, t.data->>'name' AS team_name, u.data->>'name' AS unit_name FROM (
         SELECT a.data->>'teamId' AS team_id, m.unit_id, r.data->>'category' AS category, sum((r.data->>'minutes')::int)::int AS minutes, count(*)::int AS records
         FROM rm_service_records r
         LEFT JOIN rm_unit_members m ON m.id = r.volunteer_id
         LEFT JOIN rm_activities a ON a.id = r.data->>'activityId'
         WHERE r.community_id = $1 AND r.verified AND (r.data->>'startedAt')::timestamptz >= $2 AND (r.data->>'startedAt')::timestamptz < $3
         GROUP BY 1, 2, 3
       ) g LEFT JOIN rm_teams t ON t.id = g.team_id LEFT JOIN rm_units u ON u.id = g.unit_id`,
      [communityId, from, to],
    );
    const names = new Map<string, { teamName: string | null; unitName: string | null }>();
    const lineKey = (line: Pick<HoursLine, 'teamId' | 'unitId' | 'category'>) => `${line.teamId ?? ''}|${line.unitId ?? ''}|${line.category}`;
    const lines: HoursLine[] = rows.map((row) => {
      const line = { communityId, teamId: row.team_id, unitId: row.unit_id, category: row.category, minutes: row.minutes, records: row.records };
      names.set(lineKey(line), { teamName: row.team_name, unitName: row.unit_name });
      return line;
    });
    const body = hoursReport(month, lines);
    return {
      ...body,
      communityId,
      lines: body.lines.map((line) => ({ ...line, ...(names.get(lineKey(line)) ?? { teamName: null, unitName: null }), hours: hoursOf(line.minutes) })),
    };
  }

  async xlsx(communityId: string, month: string): Promise<Buffer> {
    return reportXlsx(this.table(await this.report(communityId, month), communityId));
  }

  async pdf(communityId: string, communityName: string, month: string): Promise<Uint8Array> {
    return reportPdf(this.table(await this.report(communityId, month), communityName));
  }

  private table(report: HoursReport, communityName: string): ReportTable<HoursRow> {
    const { month } = report;
    return {
      sheetName: `服务时长 ${month}`,
      title: '社区志愿服务时长月报',
      subtitle: 'Verified hours of a month by team, unit and category',
      lines: [`社区：${communityName}（${report.communityId}）　月份：${month}`],
      columns: COLUMNS,
      rows: report.lines.map((line) => ({ ...line, month })),
      total: { communityId: '合计', teamId: null, unitId: null, teamName: null, unitName: null, category: '', month: '', records: report.total.records, minutes: report.total.minutes, hours: hoursOf(report.total.minutes) },
    };
  }
}
