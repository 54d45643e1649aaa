import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommunityView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import {
  AddTeamMemberCommand,
  EraseVolunteerCommand,
  MoveVolunteerCommand,
  RegisterCommunityCommand,
  RegisterTeamCommand,
  RegisterVolunteerCommand,
  ReinstateVolunteerCommand,
  SuspendVolunteerCommand,
} from './organisation.commands';
import type { WriteResult } from '../../write-side/write-result';
import { AddTeamMemberBody, MoveVolunteerBody, RegisterCommunityBody, RegisterTeamBody, RegisterVolunteerBody, SuspendVolunteerBody, VolunteerListQuery } from './organisation.dto';
import { CommunityListSchema, VolunteerPageSchema, VolunteerProfileSchema } from './organisation.responses';
import { VolunteerQueries } from './volunteer-queries';

const VOLUNTEER = { zh: '志愿者', en: 'volunteer' };

@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('v1')
export class OrganisationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly volunteers: VolunteerQueries,
    private readonly readModels: ReadModels,
  ) {}

  @Post('communities')
  @Roles('admin')
  @Scope.street()
  registerCommunity(@Command() context: CommandContext, @Body() body: RegisterCommunityBody): Promise<WriteResult> {
    return this.commands.execute(new RegisterCommunityCommand(context, body.communityId, body.name));
  }

  @Get('communities')
  @Scope.street()
  @ApiOkResponse({ schema: CommunityListSchema })
  async communities(): Promise<{ items: CommunityView[] }> {
    const { rows } = await this.readModels.pool.query<{ data: CommunityView }>('SELECT data FROM rm_communities ORDER BY id');
    return { items: rows.map((row) => row.data) };
  }

  @Post('teams')
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  registerTeam(@Command() context: CommandContext, @Body() body: RegisterTeamBody): Promise<WriteResult> {
    return this.commands.execute(new RegisterTeamCommand(context, body.teamId, body.communityId, body.name));
  }

  @Post('teams/:teamId/members')
  @Roles('staff', 'admin')
  @Scope.of(param('teamId', 'team'), body('volunteerId', 'volunteer'))
  addTeamMember(@Command() context: CommandContext, @Param('teamId') teamId: string, @Body() body: AddTeamMemberBody): Promise<WriteResult> {
    return this.commands.execute(new AddTeamMemberCommand(context, teamId, body.volunteerId));
  }

  @Post('volunteers')
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'))
  registerVolunteer(@Command() context: CommandContext, @Body() body: RegisterVolunteerBody): Promise<WriteResult> {
    return this.commands.execute(
      new RegisterVolunteerCommand(context, body.communityId, { name: body.name, phone: body.phone }, body.partyMember ?? false, body.unitId ?? null),
    );
  }

  @Post('volunteers/:volunteerId/moves')
  @Roles('staff', 'admin')
  @Scope.of(param('volunteerId', 'volunteer'), body('toCommunityId', 'community'))
  moveVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: MoveVolunteerBody): Promise<WriteResult> {
    return this.commands.execute(new MoveVolunteerCommand(context, volunteerId, body.toCommunityId));
  }

  @Post('volunteers/:volunteerId/suspension')
  @Roles('staff', 'admin')
  @Scope.volunteer()
  suspendVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string, @Body() body: SuspendVolunteerBody): Promise<WriteResult> {
    return this.commands.execute(new SuspendVolunteerCommand(context, volunteerId, body.reason));
  }

  @Post('volunteers/:volunteerId/reinstatement')
  @Roles('staff', 'admin')
  @Scope.volunteer()
  reinstateVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new ReinstateVolunteerCommand(context, volunteerId));
  }

  /** Erasure of personal data (crypto-shredding): hours, star levels and the audit chain stay. */
  @Post('volunteers/:volunteerId/erasure')
  @Roles('admin')
  @Scope.street()
  eraseVolunteer(@Command() context: CommandContext, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new EraseVolunteerCommand(context, volunteerId));
  }

  @Get('volunteers/:volunteerId')
  @Scope.volunteer()
  @ApiOkResponse({ schema: VolunteerProfileSchema })
  async volunteer(@CurrentActor() actor: Actor, @Param('volunteerId') volunteerId: string) {
    return orNotFound(await this.volunteers.profile(volunteerId, actor), VOLUNTEER, volunteerId);
  }

  @Get('volunteers')
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
