import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { activityDecider, activityStream, DomainError, requireActiveUnit, serviceProjectDecider, serviceProjectStream, teamDecider, teamStream, unitDecider, unitStream } from '@shiji/domain';
import type { ServiceProjectView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { WRITE_RESULT_SCHEMA } from '../../platform/docs/response-schema';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ProjectActivityBody, RegisterServiceProjectBody, ServiceProjectListQuery, ServiceProjectStatusBody, type ProviderBody } from './service-projects.dto';
import { ServiceProjectListSchema } from './units.responses';

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1/service-projects')
export class ServiceProjectsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @ApiOperation({ summary: '服务项目库：登记服务项目（由本社区的服务队或驻区单位提供） / Add a project to the service-project menu (offered by a team or unit of the community)' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  @ApiProblems(409)
  async register(@Command() context: CommandContext, @Body() input: RegisterServiceProjectBody): Promise<WriteResult> {
    const { projectId, communityId, title, category, description } = input;
    await this.requireProvider(input.provider, communityId);
    const command = { type: 'RegisterServiceProject' as const, projectId, communityId, title, category, description, provider: { kind: input.provider.kind, id: input.provider.id }, schedule: input.schedule ?? null };
    const { position } = await this.repository.handle(serviceProjectStream(projectId), serviceProjectDecider, command, context);
    return { projectId, position };
  }

  @Get()
  @ApiOperation({ summary: '社区的服务项目库 / A community\'s service-project menu' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: ServiceProjectListSchema })
  async list(@Query() { communityId }: ServiceProjectListQuery): Promise<{ items: ServiceProjectView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: ServiceProjectView }>('SELECT data FROM rm_service_projects WHERE community_id = $1 ORDER BY id', [communityId]);
    return { items: rows.map((row) => row.data) };
  }

  @Put(':projectId/status')
  @ApiOperation({ summary: '服务项目开展、暂停或撤销 / Run, pause or retire a project' })
  @Roles('staff', 'admin')
  @Scope.of(param('projectId', 'serviceProject'))
  @ApiOkResponse({ schema: WRITE_RESULT_SCHEMA })
  @ApiProblems(409)
  async status(@Command() context: CommandContext, @Param('projectId') projectId: string, @Body() { status }: ServiceProjectStatusBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(serviceProjectStream(projectId), serviceProjectDecider, { type: 'ChangeServiceProjectStatus', projectId, status }, context);
    return { projectId, position };
  }

  @Post(':projectId/activities')
  @ApiOperation({ summary: '活动注明所开展的服务项目 / An activity names the project it delivers' })
  @Roles('staff', 'admin')
  @Scope.of(param('projectId', 'serviceProject'), body('activityId', 'activity'))
  @ApiProblems(409)
  async link(@Command() context: CommandContext, @Param('projectId') projectId: string, @Body() { activityId }: ProjectActivityBody): Promise<WriteResult> {
    const { state: activity } = await this.repository.load(activityStream(activityId), activityDecider);
    if (!activity.exists) throw new DomainError('ACTIVITY_NOT_FOUND', { activityId });
    const { position } = await this.repository.handle(serviceProjectStream(projectId), serviceProjectDecider, { type: 'LinkProjectActivity', projectId, activityId }, context);
    return { projectId, activityId, position };
  }

  /** The provider is a team, or an active unit, of the project's community. */
  private async requireProvider(provider: ProviderBody, communityId: string): Promise<void> {
    let providerCommunity: string;
    if (provider.kind === 'team') {
      const { state } = await this.repository.load(teamStream(provider.id), teamDecider);
      if (!state.exists) throw new DomainError('TEAM_NOT_FOUND', { teamId: provider.id });
      providerCommunity = state.communityId;
    } else {
      const { state } = await this.repository.load(unitStream(provider.id), unitDecider);
      providerCommunity = requireActiveUnit(state, provider.id).communityId;
    }
    if (providerCommunity !== communityId) throw new DomainError('PROVIDER_NOT_IN_COMMUNITY', { provider: `${provider.kind}:${provider.id}`, communityId });
  }
}
