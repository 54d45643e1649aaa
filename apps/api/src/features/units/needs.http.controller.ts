import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { matchNeed, needDecider, needStream } from '@shiji/domain';
import type { NeedView, ServiceProjectView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { CloseNeedBody, NeedListQuery, RegisterNeedBody } from './needs.dto';
import { NeedListSchema, NeedMatchesSchema } from './units.responses';

type Provider = { kind: 'team' | 'unit'; id: string };

@ApiTags('units 驻区单位')
@ApiBearerAuth()
@Controller('v1/needs')
export class NeedsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记居民需求（需求清单） / Put a residents\' need on the community\'s list' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  @ApiProblems(409)
  async register(@Command() context: CommandContext, @Body() { needId, communityId, category, description }: RegisterNeedBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(needStream(needId), needDecider, { type: 'RegisterNeed', needId, communityId, category, description }, context);
    return { needId, position };
  }

  @Get()
  @ApiOperation({ summary: '社区的需求清单 / A community\'s list of residents\' needs' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: NeedListSchema })
  async list(@Query() { communityId }: NeedListQuery): Promise<{ items: NeedView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: NeedView }>('SELECT data FROM rm_needs WHERE community_id = $1 ORDER BY id', [communityId]);
    return { items: rows.map((row) => row.data) };
  }

  @Post(':needId/close')
  @ApiOperation({ summary: '关闭需求 / Close a need' })
  @Roles('staff', 'admin')
  @Scope.of(param('needId', 'need'))
  @ApiProblems(404)
  async close(@Command() context: CommandContext, @Param('needId') needId: string, @Body() { reason }: CloseNeedBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(needStream(needId), needDecider, { type: 'CloseNeed', needId, reason }, context);
    return { needId, position };
  }

  /** The community's active projects of the need's category, and the volunteers of the teams and units that offer them (ids only). */
  @Get(':needId/matches')
  @ApiOperation({ summary: '需求匹配：可承接的服务项目及其服务队、单位的志愿者 / The projects that meet a need, and the volunteers whose team or unit offers them' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('needId', 'need'))
  @ApiOkResponse({ schema: NeedMatchesSchema })
  async matches(@Param('needId') needId: string) {
    const need = orNotFound(await this.readModels.findById<NeedView>('needs', needId), { zh: '需求', en: 'need' }, needId);
    const { rows } = await this.readModels.pool.query<{ data: ServiceProjectView }>('SELECT data FROM rm_service_projects WHERE community_id = $1', [need.communityId]);
    const matched = matchNeed(need, rows.map((row) => row.data));
    const byId = new Map(rows.map((row) => [row.data.projectId, row.data]));
    const teams = matched.providers.filter((provider) => provider.kind === 'team').map((provider) => provider.id);
    const units = matched.providers.filter((provider) => provider.kind === 'unit').map((provider) => provider.id);
    const { rows: members } = await this.readModels.pool.query<{ volunteer_id: string; kind: 'team' | 'unit'; id: string }>(
      `SELECT member AS volunteer_id, 'team' AS kind, t.id FROM rm_teams t CROSS JOIN LATERAL jsonb_array_elements_text(t.data->'members') AS m(member) WHERE t.id = ANY($1)
       UNION ALL SELECT m.id AS volunteer_id, 'unit' AS kind, m.unit_id AS id FROM rm_unit_members m WHERE m.unit_id = ANY($2)
       ORDER BY 1, 2, 3`,
      [teams, units],
    );
    const volunteers = new Map<string, Provider[]>();
    for (const member of members) volunteers.set(member.volunteer_id, [...(volunteers.get(member.volunteer_id) ?? []), { kind: member.kind, id: member.id }]);
    return {
      needId,
      category: need.category,
      projects: matched.projects.flatMap((projectId) => {
        const project = byId.get(projectId);
        return project ? [{ projectId, title: project.title, provider: project.provider }] : [];
      }),
      volunteers: [...volunteers.entries()].map(([volunteerId, via]) => ({ volunteerId, via })),
    };
  }
}
