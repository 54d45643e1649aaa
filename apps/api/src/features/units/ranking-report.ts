import { Injectable } from '@nestjs/common';
import type { RankedSubject, RankingWeights } from '@shiji/domain';
import type { CommunityView } from '@shiji/projections';
import { ReadModels } from '../../read-side/read-models';
import { Rankings, type TeamRanked } from './rankings';
import { reportPdf, reportXlsx, type ReportColumn, type ReportTable } from './report-files';

type Named<Subject> = Subject & { name: string };

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

function columnsOf<Subject extends RankedSubject>(kind: string, nameWidth: number): Array<ReportColumn<Named<Subject>>> {
  return [
    { header: '排名', width: 6, pdfWidth: 30, value: (row) => row.rank },
    { header: `${kind}编号`, width: 18, pdfWidth: 0, value: (row) => row.id },
    { header: kind, width: 28, pdfWidth: nameWidth, value: (row) => row.name },
    { header: '成员人数', pdfHeader: '成员', width: 10, pdfWidth: 35, value: (row) => row.members },
    { header: '参与人数', pdfHeader: '参与', width: 10, pdfWidth: 35, value: (row) => row.activeMembers },
    { header: '服务时长（小时）', pdfHeader: '时长（时）', width: 16, pdfWidth: 50, value: (row) => hoursOf(row.minutes) },
    { header: '人均时长（小时）', pdfHeader: '人均（时）', width: 16, pdfWidth: 45, value: (row) => row.hoursPerMember },
    { header: '参与率', width: 10, pdfWidth: 35, value: (row) => row.participationRate },
    { header: '服务项目数', pdfHeader: '项目', width: 12, pdfWidth: 35, value: (row) => row.projectsDelivered },
    { header: '民主评议', width: 10, pdfWidth: 40, value: (row) => row.appraisal },
    { header: '综合得分', width: 10, pdfWidth: 45, value: (row) => row.total },
  ];
}

const UNIT_COLUMNS = columnsOf<RankedSubject>('单位', 125);
const TEAM_COLUMNS: ReadonlyArray<ReportColumn<Named<TeamRanked>>> = [
  ...columnsOf<TeamRanked>('服务队', 95),
  { header: '达标月数', pdfHeader: '达标月', width: 10, pdfWidth: 30, value: (row) => row.compliantMonths },
];

const weightsLine = (weights: RankingWeights) =>
  `权重：人均服务时长 ${weights.hoursPerMember}　参与率 ${weights.participationRate}　服务项目 ${weights.projectsDelivered}　民主评议 ${weights.appraisal}`;

/** The year-end rankings (the same figures as the JSON) as .xlsx with Chinese headers and as an A4 PDF in the certificate's CJK font. */
@Injectable()
export class RankingReports {
  constructor(
    private readonly rankings: Rankings,
    private readonly readModels: ReadModels,
  ) {}

  async unitsXlsx(year: number, communityId: string | undefined): Promise<Buffer> {
    return reportXlsx(await this.unitsTable(year, communityId));
  }

  async unitsPdf(year: number, communityId: string | undefined): Promise<Uint8Array> {
    return reportPdf(await this.unitsTable(year, communityId));
  }

  async teamsXlsx(year: number, communityId: string | undefined): Promise<Buffer> {
    return reportXlsx(await this.teamsTable(year, communityId));
  }

  async teamsPdf(year: number, communityId: string | undefined): Promise<Uint8Array> {
    return reportPdf(await this.teamsTable(year, communityId));
  }

  private async unitsTable(year: number, communityId: string | undefined): Promise<ReportTable<Named<RankedSubject>>> {
    const { weights, items } = await this.rankings.units(year, communityId);
    const names = await this.names('rm_units', items.map((item) => item.id));
    return {
      sheetName: `驻区单位排序 ${year}`,
      title: '驻区单位年终评价排序',
      subtitle: 'The year-end ranking of co-building units',
      lines: [await this.scopeLine(year, communityId), weightsLine(weights)],
      columns: UNIT_COLUMNS,
      rows: items.map((item) => ({ ...item, name: names.get(item.id) ?? item.id })),
    };
  }

  private async teamsTable(year: number, communityId: string | undefined): Promise<ReportTable<Named<TeamRanked>>> {
    const { weights, items } = await this.rankings.teams(year, communityId, new Date());
    const names = await this.names('rm_teams', items.map((item) => item.id));
    return {
      sheetName: `服务队排序 ${year}`,
      title: '服务队年终评价排序',
      subtitle: 'The year-end ranking of teams',
      lines: [await this.scopeLine(year, communityId), weightsLine(weights)],
      columns: TEAM_COLUMNS,
      rows: items.map((item) => ({ ...item, name: names.get(item.id) ?? item.id })),
    };
  }

  private async names(table: 'rm_units' | 'rm_teams', ids: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await this.readModels.pool.query<{ id: string; name: string | null }>(`SELECT id, data->>'name' AS name FROM ${table} WHERE id = ANY($1::text[])`, [ids]);
    return new Map(rows.filter((row) => row.name !== null).map((row) => [row.id, row.name as string]));
  }

  private async scopeLine(year: number, communityId: string | undefined): Promise<string> {
    if (communityId === undefined) return `范围：全街道　年度：${year}`;
    const community = await this.readModels.findById<CommunityView>('communities', communityId);
    return `社区：${community?.name ?? communityId}（${communityId}）　年度：${year}`;
  }
}
