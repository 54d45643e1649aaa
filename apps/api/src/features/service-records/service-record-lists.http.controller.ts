import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ServiceRecordView, VolunteerView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { query, Scope } from '../../platform/auth/scope.decorator';
import { orNotFound } from '../../read-side/not-found';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { ReadModels } from '../../read-side/read-models';
import { VolunteerNames } from '../../read-side/volunteer-names';
import { CommunityRecordsQuery, RecordStatusQuery, ServiceRecordPageSchema, type RecordStatus, type ServiceRecordLine } from './service-record-lists';

const STATUS_CONDITION: Readonly<Record<RecordStatus, string>> = { pending: 'AND NOT r.verified', verified: 'AND r.verified', all: '' };

/**
 * Lists of service records: a community's (staff's work queue asks for the
 * pending ones, oldest first) and one volunteer's own (newest first), each
 * line with the volunteer's name and the activity's title.
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
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: ServiceRecordPageSchema })
  community(@Query() filter: CommunityRecordsQuery): Promise<Page<ServiceRecordLine>> {
    return this.page('r.community_id = $1', filter.communityId, filter, 'ASC');
  }

  @Get('volunteers/:volunteerId/service-records')
  @Scope.volunteer()
  @ApiOkResponse({ schema: ServiceRecordPageSchema })
  async volunteer(@Param('volunteerId') volunteerId: string, @Query() filter: RecordStatusQuery): Promise<Page<ServiceRecordLine>> {
    orNotFound(await this.readModels.findById<VolunteerView>('volunteers', volunteerId), { zh: '志愿者', en: 'volunteer' }, volunteerId);
    return this.page('r.volunteer_id = $1', volunteerId, filter, 'DESC');
  }

  private async page(condition: string, value: string, filter: RecordStatusQuery, order: 'ASC' | 'DESC'): Promise<Page<ServiceRecordLine>> {
    const limit = filter.limit ?? 50;
    const after = decodeCursor(filter.cursor);
    const params: unknown[] = [value, limit + 1];
    const comparison = order === 'ASC' ? '>' : '<';
    const cursorCondition = after ? `AND (r.data->>'startedAt', r.id) ${comparison} ($${params.push(String(after[0]))}, $${params.push(String(after[1]))})` : '';
    const { rows } = await this.readModels.pool.query<{ id: string; data: ServiceRecordView; title: string | null }>(
      `SELECT r.id, r.data, a.data->>'title' AS title
         FROM rm_service_records r LEFT JOIN rm_activities a ON a.id = r.data->>'activityId'
        WHERE ${condition} ${STATUS_CONDITION[filter.status ?? 'all']} ${cursorCondition}
        ORDER BY r.data->>'startedAt' ${order}, r.id ${order} LIMIT $2`,
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
