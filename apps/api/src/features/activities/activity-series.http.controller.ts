import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { activityDecider, activitySeriesDecider, activitySeriesStream, activityStream, DomainError, occurrenceStarts, teamDecider, teamStream, type Occurrence } from '@shiji/domain';
import { Roles } from '../../platform/auth/roles.decorator';
import { body, Scope } from '../../platform/auth/scope.decorator';
import { writeResultSchema } from '../../platform/docs/response-schema';
import type { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/require-community';
import { PlanSeriesBody } from './activity-series.dto';

const DEFAULT_OCCURRENCES = 12;

const SeriesPlannedSchema = writeResultSchema('ActivitySeriesPlanned', { seriesId: 'string', occurrences: [{ activityId: 'string', startsAt: 'string', endsAt: 'string' }] });

@ApiTags('activities 服务活动')
@ApiBearerAuth()
@Controller('v1/activity-series')
export class ActivitySeriesController {
  constructor(private readonly repository: EventSourcedRepository) {}

  /**
   * Plans a series and publishes its occurrences, each an activity of its own
   * that can be moved or cancelled alone: the series first (naming every
   * occurrence), then each occurrence. Every id comes from the context, so a
   * keyed retry after a crash midway publishes only what is missing.
   */
  @Post()
  @ApiOperation({ summary: '按重复规则建立系列活动（如每月第二个星期六）/ Plan a recurring series of activities, such as every second Saturday' })
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'), body('teamId', 'team'))
  @ApiCreatedResponse({ schema: SeriesPlannedSchema })
  async plan(@Command() context: CommandContext, @Body() plan: PlanSeriesBody): Promise<WriteResult> {
    await requireCommunity(this.repository, plan.communityId);
    const teamId = plan.teamId ?? null;
    if (teamId !== null && !(await this.repository.load(teamStream(teamId), teamDecider)).state.exists) throw new DomainError('TEAM_NOT_FOUND', { teamId });
    const first = new Date(plan.startsAt);
    const length = new Date(plan.endsAt).getTime() - first.getTime();
    if (length <= 0) throw new DomainError('INVALID_ACTIVITY_TIME', { startsAt: plan.startsAt, endsAt: plan.endsAt });

    const seriesId = context.newId('series');
    const occurrences: Occurrence[] = occurrenceStarts(plan.rule, first, plan.count ?? DEFAULT_OCCURRENCES).map((start) => ({
      activityId: context.newId('activity'),
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + length).toISOString(),
    }));
    const template = { title: plan.title, category: plan.category, communityId: plan.communityId, teamId, place: plan.place, capacity: plan.capacity ?? null };
    let { position } = await this.repository.handle(activitySeriesStream(seriesId), activitySeriesDecider, { type: 'PlanSeries', seriesId, rule: plan.rule, template, occurrences }, context);
    for (const occurrence of occurrences) {
      const details = { ...template, ...occurrence, seriesId };
      const published = await this.repository.handle(activityStream(occurrence.activityId), activityDecider, { type: 'PublishActivity', details }, context);
      position = published.position ?? position;
    }
    return { seriesId, occurrences, position };
  }
}
