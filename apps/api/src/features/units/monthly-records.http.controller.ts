import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CommunityView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { orNotFound } from '../../read-side/not-found';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { ReadModels } from '../../read-side/read-models';
import { XLSX_MEDIA_TYPE } from '../roster/roster-file';
import { attachment } from '../roster/spreadsheet';
import { HoursReports } from './hours-report';
import { MonthlyClosing } from './monthly-closing';
import { MonthlyReports } from './monthly-report';
import { UnitQueries } from './unit-queries';
import { CloseMonthBody, MonthlyRecordsQuery } from './units.dto';
import { HoursReportSchema, MonthClosingSchema, MonthlyRecordListSchema, MonthlyRecordSchema, MonthlyReportSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1')
export class MonthlyRecordsController {
  constructor(
    private readonly closing: MonthlyClosing,
    private readonly units: UnitQueries,
    private readonly reports: MonthlyReports,
    private readonly readModels: ReadModels,
    private readonly hours: HoursReports,
  ) {}

  /** The schedule closes last month by itself; this runs it for any month that is over, and again for units it missed. */
  @Post('monthly-record-closings')
  @HttpCode(200)
  @ApiOperation({ summary: '结束某月的写实性档案（已结档的不变） / Close a month\'s factual records (months already closed stay as they are)' })
  @Roles('admin')
  @Scope.street()
  @ApiOkResponse({ schema: MonthClosingSchema })
  @ApiProblems(409, 422)
  close(@Command() context: CommandContext, @Body() { month }: CloseMonthBody) {
    return this.closing.close(month, context);
  }

  /** Also the unit's liaison officer, when a volunteer account is linked as theirs (`liaisonVolunteerId`); no other unit's. */
  @Get('units/:unitId/monthly-records/:month')
  @ApiOperation({ summary: '一个单位某月的写实性档案（含本单位联络员账号） / A unit\'s factual record of a month (its liaison officer\'s account too)' })
  @Roles('volunteer', 'staff', 'admin', 'auditor')
  @Scope.of(param('unitId', 'unitRecord'))
  @ApiOkResponse({ schema: MonthlyRecordSchema })
  async one(@Param('unitId') unitId: string, @Param('month') month: string) {
    return orNotFound(await this.units.monthlyRecord(unitId, month), { zh: '已结档的月度写实档案', en: 'closed monthly record' }, `${unitId} ${month}`);
  }

  @Get('monthly-records')
  @ApiOperation({ summary: '社区各单位某月的写实性档案 / The factual records of a community\'s units for a month' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: MonthlyRecordListSchema })
  async list(@Query() { communityId, month }: MonthlyRecordsQuery) {
    return { items: await this.units.monthlyRecords(communityId, month) };
  }

  @Get('reports/monthly-records')
  @ApiOperation({ summary: '社区驻区单位月度报表（来自已结档案） / The community\'s units for a month, from their closed records' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: MonthlyReportSchema })
  report(@Query() { communityId, month }: MonthlyRecordsQuery) {
    return this.reports.report(communityId, month);
  }

  @Get('reports/monthly-records/xlsx')
  @ApiOperation({ summary: '社区驻区单位月度报表（.xlsx，中文表头，含合计行） / The monthly report as .xlsx, Chinese headers and a total line' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async reportXlsx(@Query() { communityId, month }: MonthlyRecordsQuery): Promise<StreamableFile> {
    const content = await this.reports.xlsx(communityId, month);
    return new StreamableFile(content, { type: XLSX_MEDIA_TYPE, disposition: attachment(`monthly-records-${communityId}-${month}.xlsx`, `写实性档案-${communityId}-${month}.xlsx`), length: content.byteLength });
  }

  @Get('reports/monthly-records/pdf')
  @ApiOperation({ summary: '社区驻区单位月度报表（PDF） / The monthly report as PDF' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async reportPdf(@Query() { communityId, month }: MonthlyRecordsQuery): Promise<StreamableFile> {
    const community = await this.readModels.findById<CommunityView>('communities', communityId);
    const pdf = await this.reports.pdf(communityId, community?.name ?? communityId, month);
    return new StreamableFile(Buffer.from(pdf), { type: 'application/pdf', disposition: `inline; filename="monthly-records-${communityId}-${month}.pdf"`, length: pdf.byteLength });
  }

  @Get('reports/hours')
  @ApiOperation({ summary: '社区某月服务时长：按服务队、单位、服务类别 / A community\'s verified hours of a month by team, unit and category' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: HoursReportSchema })
  hoursReport(@Query() { communityId, month }: MonthlyRecordsQuery) {
    return this.hours.report(communityId, month);
  }

  @Get('reports/hours/xlsx')
  @ApiOperation({ summary: '社区某月服务时长报表（.xlsx，中文表头，含合计行） / The hours report as .xlsx, Chinese headers and a total line' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async hoursXlsx(@Query() { communityId, month }: MonthlyRecordsQuery): Promise<StreamableFile> {
    const content = await this.hours.xlsx(communityId, month);
    return new StreamableFile(content, { type: XLSX_MEDIA_TYPE, disposition: attachment(`hours-${communityId}-${month}.xlsx`, `服务时长-${communityId}-${month}.xlsx`), length: content.byteLength });
  }

  @Get('reports/hours/pdf')
  @ApiOperation({ summary: '社区某月服务时长报表（PDF） / The hours report as PDF' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async hoursPdf(@Query() { communityId, month }: MonthlyRecordsQuery): Promise<StreamableFile> {
    const community = await this.readModels.findById<CommunityView>('communities', communityId);
    const pdf = await this.hours.pdf(communityId, community?.name ?? communityId, month);
    return new StreamableFile(Buffer.from(pdf), { type: 'application/pdf', disposition: `inline; filename="hours-${communityId}-${month}.pdf"`, length: pdf.byteLength });
  }
}
