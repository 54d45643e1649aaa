import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { agreementDecider, agreementStream, DomainError, requireActiveUnit, serviceProjectDecider, serviceProjectStream, unitDecider, unitStream } from '@shiji/domain';
import type { AgreementView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { WRITE_RESULT_SCHEMA } from '../../platform/docs/response-schema';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { AgreementListQuery, AmendAgreementBody, EndAgreementBody, RegisterAgreementBody } from './agreements.dto';
import { AgreementListSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1')
export class AgreementsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post('co-building-agreements')
  @ApiOperation({ summary: '登记共建协议（驻区单位与社区） / Register a co-building agreement between a unit and a community' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  @ApiProblems(404, 409, 422)
  async register(@Command() context: CommandContext, @Body() input: RegisterAgreementBody): Promise<WriteResult> {
    const { agreementId, unitId, communityId, startsOn, commitments } = input;
    const { state: unit } = await this.repository.load(unitStream(unitId), unitDecider);
    requireActiveUnit(unit, unitId);
    const projectIds = input.projectIds ?? [];
    await this.requireProjects(projectIds, communityId);
    const command = { type: 'RegisterAgreement' as const, agreementId, unitId, communityId, startsOn, endsOn: input.endsOn ?? null, commitments, projectIds };
    const { position } = await this.repository.handle(agreementStream(agreementId), agreementDecider, command, context);
    return { agreementId, position };
  }

  @Put('co-building-agreements/:agreementId')
  @ApiOperation({ summary: '变更共建协议（未给出的项不变） / Amend a co-building agreement (what is left out stays)' })
  @Roles('staff', 'admin')
  @Scope.of(param('agreementId', 'agreement'))
  @ApiOkResponse({ schema: WRITE_RESULT_SCHEMA })
  @ApiProblems(404, 409, 422)
  async amend(@Command() context: CommandContext, @Param('agreementId') agreementId: string, @Body() input: AmendAgreementBody): Promise<WriteResult> {
    if (input.projectIds) {
      const { state } = await this.repository.load(agreementStream(agreementId), agreementDecider);
      if (!state.exists) throw new DomainError('AGREEMENT_NOT_FOUND', { agreementId });
      await this.requireProjects(input.projectIds, state.communityId);
    }
    const command = { type: 'AmendAgreement' as const, agreementId, endsOn: input.endsOn, commitments: input.commitments, projectIds: input.projectIds };
    const { position } = await this.repository.handle(agreementStream(agreementId), agreementDecider, command, context);
    return { agreementId, position };
  }

  @Post('co-building-agreements/:agreementId/end')
  @ApiOperation({ summary: '终止共建协议 / End a co-building agreement' })
  @Roles('staff', 'admin')
  @Scope.of(param('agreementId', 'agreement'))
  @ApiProblems(404, 409, 422)
  async end(@Command() context: CommandContext, @Param('agreementId') agreementId: string, @Body() { endedOn }: EndAgreementBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(agreementStream(agreementId), agreementDecider, { type: 'EndAgreement', agreementId, endedOn }, context);
    return { agreementId, position };
  }

  @Get('co-building-agreements')
  @ApiOperation({ summary: '社区的共建协议 / A community\'s co-building agreements' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: AgreementListSchema })
  async forCommunity(@Query() { communityId }: AgreementListQuery): Promise<{ items: AgreementView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: AgreementView }>('SELECT data FROM rm_agreements WHERE community_id = $1 ORDER BY id', [communityId]);
    return { items: rows.map((row) => row.data) };
  }

  @Get('units/:unitId/co-building-agreements')
  @ApiOperation({ summary: '驻区单位的共建协议（各社区） / A unit\'s co-building agreements, with every community' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('unitId', 'unit'))
  @ApiOkResponse({ schema: AgreementListSchema })
  async forUnit(@Param('unitId') unitId: string): Promise<{ items: AgreementView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: AgreementView }>('SELECT data FROM rm_agreements WHERE unit_id = $1 ORDER BY id', [unitId]);
    return { items: rows.map((row) => row.data) };
  }

  /** Each project is on the community's menu. */
  private async requireProjects(projectIds: readonly string[], communityId: string): Promise<void> {
    for (const projectId of new Set(projectIds)) {
      const { state } = await this.repository.load(serviceProjectStream(projectId), serviceProjectDecider);
      if (!state.exists) throw new DomainError('SERVICE_PROJECT_NOT_FOUND', { projectId });
      if (state.communityId !== communityId) throw new DomainError('PROJECT_NOT_IN_COMMUNITY', { projectId, communityId });
    }
  }
}
