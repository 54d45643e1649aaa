import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ServiceRecordView, VolunteerView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { query, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { VolunteerNames } from '../../read-side/volunteer-names';
import { RecordStatusQuery, ServiceRecordPageSchema, ServiceRecordsQuery, type ServiceRecordLine } from './service-record-lists';

/**
 * Lists of service records, each line with the volunteer's name and the
 * activity's title: filtered by community (staff's verification queue asks
 * for the pending ones, oldest first), volunteer, activity, status and
 * service days; a volunteer's own list is newest first.
 */
@ApiTags('service records 服务记录')
@ApiBearerAuth()
@Controller('v1')
export class ServiceRecordListsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Get('service-records')
  @ApiOperation({ summary: '服务记录，可按社区、志愿者、活动、状态筛选 / Service records, by community, volunteer, activity and status' })
  @Scope.of(query('communityId', 'community'), query('volunteerId', 'volunteer'), query('activityId', 'activity'))
  @ApiOkResponse({ schema: ServiceRecordPageSchema })
  list(@CurrentActor() actor: Actor, @Query() filter: ServiceRecordsQuery): Promise<Page<ServiceRecordLine>> {
    // A volunteer's list is their own, whatever else it names.
    const volunteerId = actor.role === 'volunteer' ? actor.id : filter.volunteerId;
    return this.page({ ...filter, volunteerId }, volunteerId !== undefined && filter.communityId === undefined ? 'DESC' : 'ASC');
  }

  @Get('volunteers/:volunteerId/service-records')
  @ApiOperation({ summary: '志愿者本人的服务记录，新者在前 / A volunteer\'s records, newest first' })
  @Scope.volunteer()
  @ApiOkResponse({ schema: ServiceRecordPageSchema })
  async volunteer(@Param('volunteerId') volunteerId: string, @Query() filter: RecordStatusQuery): Promise<Page<ServiceRecordLine>> {
    orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), { zh: '志愿者', en: 'volunteer' }, volunteerId);
    return this.page({ ...filter, volunteerId }, 'DESC');
  }

  private async page(filter: ServiceRecordsQuery, order: 'ASC' | 'DESC'): Promise<Page<ServiceRecordLine>> {
    const limit = filter.limit ?? 50;
    const after = decodeCursor(filter.cursor);
    const params: unknown[] = [limit + 1];
    const where = recordConditions(filter, params);
    if (after) {
      const comparison = order === 'ASC' ? '>' : '<';
      where.push(`(r.data->>'startedAt', r.id) ${comparison} ($${params.push(String(after[0]))}, $${params.push(String(after[1]))})`);
    }
    const { rows } = await this.readModels.pool.query<{ id: string; data: ServiceRecordView; title: string | null }>(
      `SELECT r.id, r.data, a.data->>'title' AS title
         FROM rm_service_records r LEFT JOIN rm_activities a ON a.id = r.data->>'activityId'
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.data->>'startedAt' ${order}, r.id ${order} LIMIT $1`,
      params,
    );
    const page = rows.slice(0, limit);
    const names = await this.names.of(page.map((row) => row.data.volunteerId));
    const last = page[page.length - 1];
    return {
      items: page.map((row) => ({ ...row.data, volunteerName: names.get(row.data.volunteerId) ?? null, activityTitle: row.title })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.data.startedAt, last.id]) : null,
    };
  }
}

/** The filters as SQL conditions on `r` (rm_service_records), their values pushed onto `params`. */
function recordConditions(filter: ServiceRecordsQuery, params: unknown[]): string[] {
  const where: string[] = [];
  if (filter.communityId !== undefined) where.push(`r.community_id = $${params.push(filter.communityId)}`);
  if (filter.volunteerId !== undefined) where.push(`r.volunteer_id = $${params.push(filter.volunteerId)}`);
  if (filter.activityId !== undefined) where.push(`r.data->>'activityId' = $${params.push(filter.activityId)}`);
  if (filter.status !== undefined && filter.status !== 'all') where.push(`r.data->>'status' = $${params.push(filter.status)}`);
  // Service days are Shanghai days; startedAt is stored in UTC (ISO 8601, so text order is time order).
  if (filter.from !== undefined) where.push(`r.data->>'startedAt' >= $${params.push(shanghaiDayStart(filter.from).toISOString())}`);
  if (filter.to !== undefined) where.push(`r.data->>'startedAt' < $${params.push(shanghaiDayStart(filter.to, 1).toISOString())}`);
  return where;
}

/** Midnight in Shanghai (UTC+8, no daylight saving) of `day` (YYYY-MM-DD), `plusDays` later. */
function shanghaiDayStart(day: string, plusDays = 0): Date {
  const start = new Date(`${day}T00:00:00+08:00`);
  return new Date(start.getTime() + plusDays * 86_400_000);
}
