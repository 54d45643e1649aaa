import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { communityDecider, communityStream, DomainError, teamDecider, teamStream, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { CommunityView } from '@shiji/projections';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { AddTeamMemberBody, MoveVolunteerBody, RegisterCommunityBody, RegisterTeamBody, RegisterVolunteerBody, SuspendVolunteerBody, VolunteerListQuery } from './organisation.dto';
import { CommunityListSchema, CommunitySchema, VolunteerPageSchema, VolunteerProfileSchema } from './organisation.responses';
import { CommunityPhones } from './community-phones';
import { requireCommunity } from './require-community';
import { VolunteerQueries } from './volunteer-queries';
import { requireActiveUnitExists } from '../units/require-unit';
import { ApiETag, ApiProblems } from '../../platform/docs/api-problems.decorator';
import type { FastifyReply } from 'fastify';
import { StreamRevisions } from '../../projections/stream-revisions';
import { HonoursIfMatch } from '../../write-side/if-match';

const VOLUNTEER = { zh: '志愿者', en: 'volunteer' };

@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('v1')
export class OrganisationController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
    private readonly volunteers: VolunteerQueries,
    private readonly readModels: ReadModels,
    private readonly phones: CommunityPhones,
    private readonly revisions: StreamRevisions,
  ) {}

  @Post('communities')
  @ApiOperation({ summary: '登记社区 / Register a community' })
  @Roles('admin')
  @Scope.street()
  async registerCommunity(@Command() context: CommandContext, @Body() { communityId, name }: RegisterCommunityBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(communityStream(communityId), communityDecider, { type: 'RegisterCommunity', communityId, name }, context);
    return { communityId, position };
  }

  @Get('communities')
  @ApiOperation({ summary: '街道的社区 / The street\'s communities' })
  @Scope.street()
  @ApiOkResponse({ schema: CommunityListSchema })
  async communities(): Promise<{ items: CommunityView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: CommunityView }>('SELECT data FROM rm_communities ORDER BY id');
    return { items: rows.map((row) => row.data) };
  }

  @Get('communities/:communityId')
  @ApiOperation({ summary: '一个社区 / One community' })
  @Scope.street()
  @ApiOkResponse({ schema: CommunitySchema })
  @ApiProblems(404)
  @ApiETag()
  async community(@Param('communityId') communityId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommunityView> {
    await this.revisions.tag(reply, communityStream(communityId));
    return orNotFound(await this.readModels.findById<CommunityView>('communities', communityId), { zh: '社区', en: 'community' }, communityId);
  }

  @Post('teams')
  @ApiOperation({ summary: '登记志愿者服务队 / Register a service team' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  async registerTeam(@Command() context: CommandContext, @Body() { teamId, communityId, name, specialty }: RegisterTeamBody): Promise<WriteResult> {
    await requireCommunity(this.repository, communityId);
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'RegisterTeam', teamId, communityId, name, specialty: specialty ?? null }, context);
    return { teamId, position };
  }

  @Post('teams/:teamId/members')
  @ApiOperation({ summary: '服务队加入成员 / Add a member to a team' })
  @Roles('staff', 'admin')
  @Scope.of(param('teamId', 'team'), body('volunteerId', 'volunteer'))
  async addTeamMember(@Command() context: CommandContext, @Param('teamId') teamId: string, @Body() { volunteerId }: AddTeamMemberBody): Promise<WriteResult> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!volunteer.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'AddTeamMember', teamId, volunteerId }, context);
    return { teamId, volunteerId, position };
  }

  @Post('volunteers')
  @ApiOperation({ summary: '登记志愿者（姓名、手机号加密保存） / Register a volunteer (name and phone sealed)' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  async registerVolunteer(@Command() context: CommandContext, @Body() body: RegisterVolunteerBody): Promise<WriteResult> {
    const { communityId } = body;
    await requireCommunity(this.repository, communityId);
    if (body.unitId !== undefined) await requireActiveUnitExists(this.repository, body.unitId);
    const volunteerId = context.newId('volunteer');
    const register = async () => {
      // Only the sealed form reaches the log, so erasing the key erases it there too.
      const personal = await this.vault.seal(volunteerId, { name: body.name, phone: body.phone });
      const command = { type: 'RegisterVolunteer' as const, volunteerId, communityId, personal, partyMember: body.partyMember ?? false, unitId: body.unitId ?? null };
      return this.repository.handle(volunteerStream(volunteerId), volunteerDecider, command, context);
    };
    const { position } = await this.phones.registerUnlessTaken(communityId, body.phone, volunteerId, { shared: body.allowSharedPhone === true }, register);
    return { volunteerId, position };
  }

  @Post('volunteers/:volunteerId/moves')
  @ApiOperation({ summary: '志愿者迁至另一社区 / Move a volunteer to another community' })
  @Roles('staff', 'admin')
  @Scope.of(param('volunteerId', 'volunteer'), body('toCommunityId', 'community'))
  @HonoursIfMatch()
  async moveVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { toCommunityId }: MoveVolunteerBody): Promise<WriteResult> {
    await requireCommunity(this.repository, toCommunityId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'MoveVolunteer', volunteerId, toCommunityId }, context, { expectedRevision: context.expectedRevision });
    await this.phones.moved(volunteerId, toCommunityId);
    return { volunteerId, position };
  }

  @Post('volunteers/:volunteerId/suspension')
  @ApiOperation({ summary: '暂停志愿者身份 / Suspend a volunteer' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @HonoursIfMatch()
  async suspendVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() { reason }: SuspendVolunteerBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'SuspendVolunteer', volunteerId, reason }, context, { expectedRevision: context.expectedRevision });
    return { volunteerId, position };
  }

  @Post('volunteers/:volunteerId/reinstatement')
  @ApiOperation({ summary: '恢复志愿者身份 / Reinstate a volunteer' })
  @Roles('staff', 'admin')
  @Scope.volunteer()
  @HonoursIfMatch()
  async reinstateVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'ReinstateVolunteer', volunteerId }, context, { expectedRevision: context.expectedRevision });
    return { volunteerId, position };
  }

  /** Erasure of personal data (crypto-shredding): hours, star levels and the audit chain stay. */
  @Post('volunteers/:volunteerId/erasure')
  @ApiOperation({ summary: '注销志愿者个人信息（时长与审计链保留） / Erase a volunteer\'s personal data (hours and the audit chain stay)' })
  @ApiProblems(404)
  @Roles('admin')
  @Scope.street()
  async eraseVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    // Key first, then the event: once the key is gone nothing can read the data, even if the append fails and is retried.
    const { state } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!state.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
    await this.vault.erase(volunteerId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'EraseVolunteer', volunteerId }, context);
    return { volunteerId, position };
  }

  @Get('volunteers/:volunteerId')
  @ApiOperation({ summary: '志愿者档案 / A volunteer\'s profile' })
  @Scope.volunteer()
  @ApiOkResponse({ schema: VolunteerProfileSchema })
  @ApiETag()
  async volunteer(@CurrentActor() actor: Actor, @Param('volunteerId') volunteerId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.revisions.tag(reply, volunteerStream(volunteerId));
    return orNotFound(await this.volunteers.profile(volunteerId, actor), VOLUNTEER, volunteerId);
  }

  @Get('volunteers')
  @ApiOperation({ summary: '志愿者名册：按社区、星级、姓名或手机号查找 / The volunteer roster, by community, star level, name or phone' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: VolunteerPageSchema })
  listVolunteers(@CurrentActor() actor: Actor, @Query() filter: VolunteerListQuery) {
    return this.volunteers.list(
      { communityId: filter.communityId, starLevel: filter.starLevel === undefined ? undefined : Number(filter.starLevel), q: filter.q, limit: filter.limit ?? 50, cursor: filter.cursor },
      actor,
    );
  }
}
