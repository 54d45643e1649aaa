import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { requestIdFor } from '../../platform/request-context/request-id';
import { CSV_MEDIA_TYPE, mediaTypeOf, XLSX_MEDIA_TYPE } from './roster-file';
import { RosterExports } from './roster-exports';
import { RosterImports, type DryRun } from './roster-imports';
import { RosterImportsStore, type RosterImportState } from './roster-imports.store';
import { rosterProblem } from './roster-problems';
import { RecordExportQuery, RosterCommunityQuery } from './roster.dto';
import { RosterDryRunSchema, RosterImportSchema } from './roster.responses';
import { attachment } from './spreadsheet';

const IMPORT = { zh: '花名册导入', en: 'roster import' };

const FILE_BODY = {
  description:
    '花名册文件本身作为请求体：.csv（UTF-8 或 GB18030）或 .xlsx（第一个工作表）。第一行为表头：姓名、手机号（必填），是否党员、服务队（可选，服务队填编号或名称，多个用顿号分隔） / ' +
    'The roster file itself as the body: .csv (UTF-8 or GB18030) or .xlsx (first sheet). First row headers: 姓名 and 手机号 (required), 是否党员 and 服务队 (optional; team ids or names, several separated by 、)',
  schema: { type: 'string', format: 'binary' },
} as const;

export interface RosterImportAnswer extends Omit<RosterImportState, 'startedBy' | 'updatedAt'> {
  refusedRows: number;
}

@ApiTags('roster 花名册导入导出')
@ApiBearerAuth()
@Controller('v1')
export class RosterController {
  constructor(
    private readonly imports: RosterImports,
    private readonly store: RosterImportsStore,
    private readonly exports: RosterExports,
  ) {}

  @Post('roster-imports/dry-run')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @Scope.of(query('communityId', 'community'))
  @ApiOperation({ summary: '试导入：逐行检查，不写入任何数据 / Dry run: every row checked, nothing written' })
  @ApiConsumes(CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE)
  @ApiBody(FILE_BODY)
  @ApiOkResponse({ schema: RosterDryRunSchema })
  dryRun(@Query() { communityId }: RosterCommunityQuery, @Req() request: FastifyRequest): Promise<DryRun> {
    const { file, mediaType } = fileOf(request);
    return this.imports.dryRun(communityId, file, mediaType);
  }

  @Post('roster-imports')
  @Roles('staff', 'admin')
  @Scope.of(query('communityId', 'community'))
  @ApiOperation({
    summary:
      '导入：登记所有有效行，后台进行（202，用 GET 查看进度）；同一文件再次上传不会重复登记（200，返回原导入） / ' +
      'Import: registers every valid row in the background (202; follow it with GET); the same file again registers nobody (200, the import as it stands)',
  })
  @ApiConsumes(CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE)
  @ApiBody(FILE_BODY)
  @ApiAcceptedResponse({ schema: RosterImportSchema })
  @ApiOkResponse({ schema: RosterImportSchema })
  async start(@CurrentActor() actor: Actor, @Query() { communityId }: RosterCommunityQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<RosterImportAnswer> {
    const { file, mediaType } = fileOf(request);
    const { state, started } = await this.imports.start(communityId, file, mediaType, { id: actor.id, role: actor.role }, requestIdFor(request.raw));
    void reply.status(started ? 202 : 200);
    return answer(state);
  }

  @Get('roster-imports/:importId')
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('importId', 'rosterImport'))
  @ApiOperation({ summary: '导入进度与逐行错误 / An import\'s progress and row errors' })
  @ApiOkResponse({ schema: RosterImportSchema })
  async status(@Param('importId') importId: string): Promise<RosterImportAnswer> {
    return answer(orNotFound(await this.store.get(importId), IMPORT, importId));
  }

  @Get('exports/volunteers')
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOperation({ summary: '导出社区志愿者名册（.xlsx，中文表头） / The community\'s volunteers as .xlsx, Chinese headers' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async exportVolunteers(@CurrentActor() actor: Actor, @Query() { communityId }: RosterCommunityQuery): Promise<StreamableFile> {
    return xlsx(await this.exports.volunteers(communityId, actor), `volunteers-${communityId}.xlsx`, `志愿者名册-${communityId}.xlsx`);
  }

  @Get('exports/service-records')
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOperation({ summary: '导出社区某月的服务记录（.xlsx，中文表头） / A month\'s service records of the community as .xlsx' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async exportServiceRecords(@Query() { communityId, month }: RecordExportQuery): Promise<StreamableFile> {
    return xlsx(await this.exports.serviceRecords(communityId, month), `service-records-${communityId}-${month}.xlsx`, `服务记录-${communityId}-${month}.xlsx`);
  }
}

function fileOf(request: FastifyRequest): { file: Buffer; mediaType: string } {
  const mediaType = mediaTypeOf(request.headers['content-type']);
  if ((mediaType !== CSV_MEDIA_TYPE && mediaType !== XLSX_MEDIA_TYPE) || !Buffer.isBuffer(request.body)) throw rosterProblem('ROSTER_MEDIA_TYPE');
  return { file: request.body, mediaType };
}

function answer(state: RosterImportState): RosterImportAnswer {
  const { startedBy: _startedBy, updatedAt: _updatedAt, ...rest } = state;
  return { ...rest, refusedRows: new Set(state.errors.map((error) => error.row)).size };
}

function xlsx(content: Buffer, asciiName: string, name: string): StreamableFile {
  return new StreamableFile(content, { type: XLSX_MEDIA_TYPE, disposition: attachment(asciiName, name), length: content.byteLength });
}
