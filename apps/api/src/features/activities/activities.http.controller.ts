import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ActivityView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, param, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { ActivityLines, ActivityPageSchema, ActivitySchema, type ActivityLine } from './activity-lines';
import type { WriteResult } from '../../write-side/write-result';
import { CancelActivityCommand, PublishActivityCommand, SignUpCommand, WithdrawSignupCommand } from './activities.commands';
import { ActivityListQuery, CancelActivityBody, PublishActivityBody, SignUpBody } from './activities.dto';

@ApiTags('activities 服务活动')
@ApiBearerAuth()
@Controller('v1/activities')
export class ActivitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ReadModels,
    private readonly lines: ActivityLines,
  ) {}

  @Post()
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'), body('teamId', 'team'))
  publish(@Command() context: CommandContext, @Body() body: PublishActivityBody): Promise<WriteResult> {
    return this.commands.execute(new PublishActivityCommand(context, { ...body, teamId: body.teamId ?? null }));
  }

  @Post(':activityId/signups')
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(param('activityId', 'activity'), body('volunteerId', 'volunteer'))
  signUp(@Command() context: CommandContext, @Param('activityId') activityId: string, @Body() body: SignUpBody): Promise<WriteResult> {
    return this.commands.execute(new SignUpCommand(context, activityId, body.volunteerId));
  }

  @Delete(':activityId/signups/:volunteerId')
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(param('activityId', 'activity'), param('volunteerId', 'volunteer'))
  withdraw(@Command() context: CommandContext, @Param('activityId') activityId: string, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    return this.commands.execute(new WithdrawSignupCommand(context, activityId, volunteerId));
  }

  @Post(':activityId/cancellation')
  @Roles('staff', 'admin')
  @Scope.of(param('activityId', 'activity'))
  cancel(@Command() context: CommandContext, @Param('activityId') activityId: string, @Body() body: CancelActivityBody): Promise<WriteResult> {
    return this.commands.execute(new CancelActivityCommand(context, activityId, body.reason));
  }

  @Get(':activityId')
  @Scope.of(param('activityId', 'activity'))
  @ApiOkResponse({ schema: ActivitySchema })
  async activity(@CurrentActor() actor: Actor, @Param('activityId') activityId: string): Promise<ActivityLine> {
    const activity = orNotFound(await this.readModels.findById<ActivityView>('activities', activityId), { zh: '服务活动', en: 'activity' }, activityId);
    const [line] = await this.lines.of([activity], actor);
    return line;
  }

  /** Published activities are the street's notice board: everyone may browse them. */
  @Get()
  @Scope.street()
  @ApiOkResponse({ schema: ActivityPageSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: ActivityListQuery): Promise<Page<ActivityLine>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (query.communityId) conditions.push(`community_id = ${param(query.communityId)}`);
    if (query.from) conditions.push(`starts_at >= ${param(new Date(query.from).toISOString())}`);
    if (query.to) conditions.push(`starts_at < ${param(new Date(query.to).toISOString())}`);
    if (after) conditions.push(`(starts_at, id) > (${param(String(after[0]))}, ${param(String(after[1]))})`);
    const { rows } = await this.readModels.pool.query<{ id: string; starts_at: string; data: ActivityView }>(
      `SELECT id, starts_at, data FROM rm_activities ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY starts_at, id LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await this.lines.of(page.map((row) => row.data), actor), nextCursor: rows.length > limit && last ? encodeCursor([last.starts_at, last.id]) : null };
  }
}
