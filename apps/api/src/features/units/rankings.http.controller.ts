import { Body, Controller, Get, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { appraisalDecider, appraisalStream, type AppraisedKind, POLICY_STREAM, policyDecider, teamDecider, teamStream, unitDecider, unitStream } from '@shiji/domain';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../platform/auth/scope.decorator';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { XLSX_MEDIA_TYPE } from '../roster/roster-file';
import { attachment } from '../roster/spreadsheet';
import { RankingReports } from './ranking-report';
import { AppraisalBody, RankingQuery, RankingWeightsBody } from './rankings.dto';
import { Rankings } from './rankings';
import { RankingWeightsChangedSchema, TeamRankingSchema, UnitRankingSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1')
export class RankingsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly rankings: Rankings,
    private readonly files: RankingReports,
  ) {}

  @Put('policy/ranking-weights')
  @ApiOperation({ summary: '修改年终评价排序的权重 / Change the weights of the year-end ranking' })
  @Roles('admin')
  @Scope.street()
  @ApiOkResponse({ schema: RankingWeightsChangedSchema })
  async changeWeights(@Command() context: CommandContext, @Body() weights: RankingWeightsBody) {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeRankingWeights', weights: { ...weights } }, context);
    return { weights: { ...weights }, position };
  }

  @Post('units/:unitId/appraisals')
  @ApiOperation({ summary: '录入单位的年度民主评议得分（再次录入即修改） / Enter a unit\'s appraisal for a year (entering again changes it)' })
  @Roles('staff', 'admin')
  @Scope.of(param('unitId', 'unit'))
  async appraiseUnit(@Command() context: CommandContext, @Param('unitId') unitId: string, @Body() body: AppraisalBody): Promise<WriteResult> {
    const { state } = await this.repository.load(unitStream(unitId), unitDecider);
    return { unitId, position: await this.appraise(context, 'unit', unitId, state.exists ? state.communityId : '', body) };
  }

  @Post('teams/:teamId/appraisals')
  @ApiOperation({ summary: '录入服务队的年度民主评议得分（再次录入即修改） / Enter a team\'s appraisal for a year (entering again changes it)' })
  @Roles('staff', 'admin')
  @Scope.of(param('teamId', 'team'))
  async appraiseTeam(@Command() context: CommandContext, @Param('teamId') teamId: string, @Body() body: AppraisalBody): Promise<WriteResult> {
    const { state } = await this.repository.load(teamStream(teamId), teamDecider);
    return { teamId, position: await this.appraise(context, 'team', teamId, state.exists ? state.communityId : '', body) };
  }

  @Get('rankings/units')
  @ApiOperation({ summary: '驻区单位年终评价排序 / The year-end ranking of co-building units' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: UnitRankingSchema })
  units(@Query() { year, communityId }: RankingQuery) {
    return this.rankings.units(year, communityId);
  }

  @Get('rankings/teams')
  @ApiOperation({ summary: '服务队年终评价排序，含每月达标情况（至少一次活动，且党员服务日有活动） / The year-end ranking of teams, with each month\'s compliance (an activity held, one on the service day)' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: TeamRankingSchema })
  teams(@Query() { year, communityId }: RankingQuery) {
    return this.rankings.teams(year, communityId, new Date());
  }

  @Get('rankings/units/xlsx')
  @ApiOperation({ summary: '驻区单位年终评价排序（.xlsx，中文表头） / The units\' ranking as .xlsx, Chinese headers' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async unitsXlsx(@Query() { year, communityId }: RankingQuery): Promise<StreamableFile> {
    return xlsxFile(await this.files.unitsXlsx(year, communityId), `unit-ranking-${communityId ?? 'street'}-${year}`, `驻区单位排序-${communityId ?? '全街道'}-${year}`);
  }

  @Get('rankings/units/pdf')
  @ApiOperation({ summary: '驻区单位年终评价排序（PDF） / The units\' ranking as PDF' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async unitsPdf(@Query() { year, communityId }: RankingQuery): Promise<StreamableFile> {
    return pdfFile(await this.files.unitsPdf(year, communityId), `unit-ranking-${communityId ?? 'street'}-${year}`);
  }

  @Get('rankings/teams/xlsx')
  @ApiOperation({ summary: '服务队年终评价排序（.xlsx，中文表头，含达标月数） / The teams\' ranking as .xlsx, Chinese headers, with compliant months' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async teamsXlsx(@Query() { year, communityId }: RankingQuery): Promise<StreamableFile> {
    return xlsxFile(await this.files.teamsXlsx(year, communityId), `team-ranking-${communityId ?? 'street'}-${year}`, `服务队排序-${communityId ?? '全街道'}-${year}`);
  }

  @Get('rankings/teams/pdf')
  @ApiOperation({ summary: '服务队年终评价排序（PDF） / The teams\' ranking as PDF' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async teamsPdf(@Query() { year, communityId }: RankingQuery): Promise<StreamableFile> {
    return pdfFile(await this.files.teamsPdf(year, communityId), `team-ranking-${communityId ?? 'street'}-${year}`);
  }

  private async appraise(context: CommandContext, kind: AppraisedKind, subjectId: string, communityId: string, { year, score }: AppraisalBody): Promise<number | null> {
    const command = { type: 'EnterAppraisal' as const, kind, subjectId, communityId, year, score };
    return (await this.repository.handle(appraisalStream(kind, subjectId, year), appraisalDecider, command, context)).position;
  }
}

const xlsxFile = (content: Buffer, asciiName: string, name: string) =>
  new StreamableFile(content, { type: XLSX_MEDIA_TYPE, disposition: attachment(`${asciiName}.xlsx`, `${name}.xlsx`), length: content.byteLength });

const pdfFile = (pdf: Uint8Array, asciiName: string) =>
  new StreamableFile(Buffer.from(pdf), { type: 'application/pdf', disposition: `inline; filename="${asciiName}.pdf"`, length: pdf.byteLength });
