import { Injectable } from '@nestjs/common';
import type { MonthlyRecordView, UnitView } from '@shiji/projections';
import { ReadModels } from '../../read-side/read-models';
import { reportPdf, reportXlsx, type ReportColumn, type ReportTable } from './report-files';

/** One unit's line of a community's monthly report, from its closed record. */
export interface MonthlyReportRow {
  unitId: string;
  unitName: string;
  members: number;
  membersReportedIn: number;
  minutes: number;
  activitiesJoined: number;
  requestsResolved: number;
  /** The minutes of the flagged adjustments to earlier months shown in this record. */
  adjustmentMinutes: number;
}

export interface MonthlyReport {
  communityId: string;
  month: string;
  rows: MonthlyReportRow[];
  total: Omit<MonthlyReportRow, 'unitId' | 'unitName'>;
}

const COLUMNS: ReadonlyArray<ReportColumn<MonthlyReportRow>> = [
  { header: '单位', width: 28, pdfWidth: 131, value: (row) => row.unitName },
  { header: '单位编号', width: 18, pdfWidth: 0, value: (row) => row.unitId },
  { header: '成员人数', width: 10, pdfWidth: 44, value: (row) => row.members },
  { header: '已报到党员', width: 12, pdfWidth: 52, value: (row) => row.membersReportedIn },
  { header: '服务时长（分钟）', width: 16, pdfWidth: 72, value: (row) => row.minutes },
  { header: '参加活动数', width: 12, pdfWidth: 52, value: (row) => row.activitiesJoined },
  { header: '解决需求数', width: 12, pdfWidth: 52, value: (row) => row.requestsResolved },
  { header: '往月调整（分钟）', width: 16, pdfWidth: 72, value: (row) => row.adjustmentMinutes },
];

/**
 * A community's units for one month, read from their closed records (the
 * units projection), never from the log: as JSON, as .xlsx with Chinese
 * headers and a total line, and as an A4 PDF in the certificate's CJK font.
 */
@Injectable()
export class MonthlyReports {
  constructor(private readonly readModels: ReadModels) {}

  async report(communityId: string, month: string): Promise<MonthlyReport> {
    const { rows } = await this.readModels.pool.query<{ record: MonthlyRecordView; unit: UnitView | null }>(
      `SELECT r.data AS record, u.data AS unit FROM rm_monthly_records r LEFT JOIN rm_units u ON u.id = r.unit_id
       WHERE r.community_id = $1 AND r.month = $2 ORDER BY r.unit_id`,
      [communityId, month],
    );
    const lines = rows.map(({ record, unit }): MonthlyReportRow => ({
      unitId: record.unitId,
      unitName: unit?.name ?? record.unitId,
      members: record.totals.members,
      membersReportedIn: record.totals.membersReportedIn,
      minutes: record.totals.minutes,
      activitiesJoined: record.totals.activitiesJoined,
      requestsResolved: record.totals.requestsResolved,
      adjustmentMinutes: record.adjustments.reduce((sum, adjustment) => sum + adjustment.delta.minutes, 0),
    }));
    const sum = (key: keyof MonthlyReport['total']) => lines.reduce((total, line) => total + line[key], 0);
    const total = {
      members: sum('members'), membersReportedIn: sum('membersReportedIn'), minutes: sum('minutes'),
      activitiesJoined: sum('activitiesJoined'), requestsResolved: sum('requestsResolved'), adjustmentMinutes: sum('adjustmentMinutes'),
    };
    return { communityId, month, rows: lines, total };
  }

  async xlsx(communityId: string, month: string): Promise<Buffer> {
    return reportXlsx(this.table(await this.report(communityId, month), communityId));
  }

  async pdf(communityId: string, communityName: string, month: string): Promise<Uint8Array> {
    return reportPdf(this.table(await this.report(communityId, month), communityName));
  }

  private table(report: MonthlyReport, communityName: string): ReportTable<MonthlyReportRow> {
    return {
      sheetName: `写实性档案 ${report.month}`,
      title: '驻区单位月度写实性档案',
      subtitle: 'Co-building units: monthly factual records',
      lines: [`社区：${communityName}（${report.communityId}）　月份：${report.month}`],
      columns: COLUMNS,
      rows: report.rows,
      total: { unitId: '', unitName: '合计', ...report.total },
    };
  }
}
