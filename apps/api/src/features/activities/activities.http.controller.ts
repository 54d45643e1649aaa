import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { activityDecider, activityStream, DomainError, teamDecider, teamStream, volunteerDecider, volunteerStream } from '@shiji/domain';
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
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/require-community';
import { ActivityListQuery, CancelActivityBody, PublishActivityBody, RescheduleActivityBody, SignUpBody } from './activities.dto';

@ApiTags('activities 服务活动')
@ApiBearerAuth()
@Controller('v1/activities')
export class ActivitiesController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly lines: ActivityLines,
  ) {}

  @Post()
  @ApiOperation({ summary: '发布服务活动 / Publish an activity' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'), body('teamId', 'team'))
  async publish(@Command() context: CommandContext, @Body() body: PublishActivityBody): Promise<WriteResult> {
    const teamId = body.teamId ?? null;
    await requireCommunity(this.repository, body.communityId);
    if (teamId !== null) {
      const { state: team } = await this.repository.load(teamStream(teamId), teamDecider);
      if (!team.exists) throw new DomainError('TEAM_NOT_FOUND', { teamId });
    }
    const activityId = context.newId('activity');
    const details = { activityId, ...body, teamId, capacity: body.capacity ?? null, seriesId: null, startsAt: new Date(body.startsAt).toISOString(), endsAt: new Date(body.endsAt).toISOString() };
    const { position } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'PublishActivity', details }, context);
    return { activityId, position };
  }

  @Post(':activityId/signups')
  @ApiOperation({ summary: '报名活动（志愿者本人或工作人员代报） / Sign up for an activity (the volunteer, or staff for them)' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(param('activityId', 'activity'), body('volunteerId', 'volunteer'))
  async signUp(@Command() context: CommandContext, @Param('activityId') activityId: string, @Body() { volunteerId }: SignUpBody): Promise<WriteResult> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    const addedByStaff = context.actor.role !== 'volunteer';
    const { position, events } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'SignUp', activityId, volunteerId, volunteer, addedByStaff, now: context.now }, context);
    // Past the capacity the volunteer waits in line for a place.
    return { activityId, volunteerId, status: events.some((event) => event.type === 'VolunteerWaitlisted') ? 'waiting' : 'signed-up', position };
  }

  @Delete(':activityId/signups/:volunteerId')
  @ApiOperation({ summary: '活动开始前退出报名 / Withdraw from an activity before it starts' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(param('activityId', 'activity'), param('volunteerId', 'volunteer'))
  async withdraw(@Command() context: CommandContext, @Param('activityId') activityId: string, @Param('volunteerId') volunteerId: string): Promise<WriteResult> {
    const { position, events } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'WithdrawSignup', activityId, volunteerId, now: context.now }, context);
    const promoted = events.find((event) => event.type === 'WaitlistPromoted');
    return { activityId, volunteerId, promotedVolunteerId: promoted?.data.volunteerId ?? null, position };
  }

  @Post(':activityId/rescheduling')
  @ApiOperation({ summary: '调整活动时间（如系列活动中的一次）/ Move an activity, such as one occurrence of a series' })
  @Roles('staff', 'admin')
  @Scope.of(param('activityId', 'activity'))
  async reschedule(@Command() context: CommandContext, @Param('activityId') activityId: string, @Body() body: RescheduleActivityBody): Promise<WriteResult> {
    const [startsAt, endsAt] = [new Date(body.startsAt).toISOString(), new Date(body.endsAt).toISOString()];
    const { position } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'RescheduleActivity', activityId, startsAt, endsAt, now: context.now }, context);
    return { activityId, startsAt, endsAt, position };
  }

  @Post(':activityId/cancellation')
  @ApiOperation({ summary: '取消服务活动 / Cancel an activity' })
  @Roles('staff', 'admin')
  @Scope.of(param('activityId', 'activity'))
  async cancel(@Command() context: CommandContext, @Param('activityId') activityId: string, @Body() { reason }: CancelActivityBody): Promise<WriteResult> {
    const { position } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'CancelActivity', activityId, reason }, context);
    return { activityId, position };
  }

  @Get(':activityId')
  @ApiOperation({ summary: '一项服务活动及报名情况 / One activity and its sign-ups' })
  @Scope.of(param('activityId', 'activity'))
  @ApiOkResponse({ schema: ActivitySchema })
  async activity(@CurrentActor() actor: Actor, @Param('activityId') activityId: string): Promise<ActivityLine> {
    const activity = orNotFound(await this.readModels.findById<ActivityView>('activities', activityId), { zh: '服务活动', en: 'activity' }, activityId);
    const [line] = await this.lines.of([activity], actor);
    return line;
  }

  /** Published activities are the street's notice board: everyone may browse them. */
  @Get()
  @ApiOperation({ summary: '服务活动，可按社区、时间筛选 / Activities, by community and time' })
  @Scope.street()
  @ApiOkResponse({ schema: ActivityPageSchema })
  async list(@CurrentActor() actor: Actor, @Query() query: ActivityListQuery): Promise<Page<ActivityLine>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (query.communityId) conditions.push(`community_id = ${param(query.communityId)}`);
    if (query.seriesId) conditions.push(`data->>'seriesId' = ${param(query.seriesId)}`);
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
