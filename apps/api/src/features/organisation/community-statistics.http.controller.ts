import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { DEFAULT_CORRECTION_DEADLINE_DAYS, isCorrectionOverdue } from '@shiji/domain';
import { POLICY_ID, type CommunityView, type PolicyView } from '@shiji/projections';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, Scope } from '../../platform/auth/scope.decorator';
import { responseSchema } from '../../platform/docs/response-schema';
import { orNotFound } from '../../read-side/not-found';
import { ReadModels } from '../../read-side/read-models';
import { VolunteerNames } from '../../read-side/volunteer-names';

export class StatisticsQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2200, example: 2026, description: '上海自然年 / the Asia/Shanghai year' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;
}

const TOP = 10;
const STAR_LEVELS = [0, 1, 2, 3, 4, 5];

export const CommunityStatisticsSchema = responseSchema('CommunityStatistics', {
  communityId: 'string',
  communityName: 'string',
  year: 'integer',
  volunteers: 'integer',
  verifiedMinutes: 'integer',
  pendingRecords: 'integer',
  openCorrectionRequests: 'integer',
  overdueCorrectionRequests: 'integer',
  minutesByMonth: [{ month: 'integer', minutes: 'integer' }],
  starLevels: [{ starLevel: 'integer', volunteers: 'integer' }],
  topVolunteers: [{ volunteerId: 'string', name: 'string?', minutes: 'integer', starLevel: 'integer' }],
});

/** A community's dashboard: verified minutes per month of the year, its volunteers by star level, the year's top volunteers, and its open and overdue correction requests (异议). */
@ApiTags('organisation 组织')
@ApiBearerAuth()
@Controller('v1/communities/:communityId/statistics')
export class CommunityStatisticsController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Get()
  @ApiOperation({ summary: '社区年度统计 / A community\'s figures for a year' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(param('communityId', 'community'))
  @ApiOkResponse({ schema: CommunityStatisticsSchema })
  async statistics(@Param('communityId') communityId: string, @Query() query: StatisticsQuery) {
    const community = orNotFound(await this.readModels.findById<CommunityView>('communities', communityId), { zh: '社区', en: 'community' }, communityId);
    const pool = this.readModels.pool;
    const [months, levels, top, pending, corrections] = await Promise.all([
      pool.query<{ month: number; minutes: string }>(
        `SELECT extract(month FROM ((data->>'startedAt')::timestamptz AT TIME ZONE 'Asia/Shanghai'))::integer AS month, sum((data->>'minutes')::integer) AS minutes
           FROM rm_service_records WHERE community_id = $1 AND year = $2 AND verified GROUP BY 1`,
        [communityId, query.year],
      ),
      pool.query<{ star_level: number; volunteers: string }>(
        `SELECT COALESCE(a.star_level, 0) AS star_level, count(*) AS volunteers
           FROM rm_volunteers v LEFT JOIN rm_accounts a ON a.id = v.id WHERE v.community_id = $1 GROUP BY 1`,
        [communityId],
      ),
      pool.query<{ volunteer_id: string; minutes: string; star_level: number | null }>(
        `SELECT r.volunteer_id, sum((r.data->>'minutes')::integer) AS minutes, a.star_level
           FROM rm_service_records r LEFT JOIN rm_accounts a ON a.id = r.volunteer_id
          WHERE r.community_id = $1 AND r.year = $2 AND r.verified
          GROUP BY r.volunteer_id, a.star_level HAVING sum((r.data->>'minutes')::integer) > 0
          ORDER BY minutes DESC, r.volunteer_id LIMIT ${TOP}`,
        [communityId, query.year],
      ),
      pool.query<{ count: string }>('SELECT count(*) FROM rm_service_records WHERE community_id = $1 AND NOT verified', [communityId]),
      pool.query<{ filed_at: string }>("SELECT data->>'filedAt' AS filed_at FROM rm_correction_requests WHERE community_id = $1 AND status = 'open'", [communityId]),
    ]);
    const byMonth = new Map(months.rows.map((row) => [row.month, Number(row.minutes)]));
    const policy = await this.readModels.findById<PolicyView>('policy', POLICY_ID);
    const deadlineDays = policy?.correctionDeadlineDays ?? DEFAULT_CORRECTION_DEADLINE_DAYS;
    const now = new Date();
    const byLevel = new Map(levels.rows.map((row) => [row.star_level, Number(row.volunteers)]));
    const names = await this.names.of(top.rows.map((row) => row.volunteer_id));
    return {
      communityId,
      communityName: community.name,
      year: query.year,
      volunteers: [...byLevel.values()].reduce((sum, count) => sum + count, 0),
      verifiedMinutes: [...byMonth.values()].reduce((sum, minutes) => sum + minutes, 0),
      pendingRecords: Number(pending.rows[0].count),
      openCorrectionRequests: corrections.rows.length,
      overdueCorrectionRequests: corrections.rows.filter((row) => isCorrectionOverdue({ status: 'open', filedAt: row.filed_at }, deadlineDays, now)).length,
      minutesByMonth: Array.from({ length: 12 }, (_, index) => ({ month: index + 1, minutes: byMonth.get(index + 1) ?? 0 })),
      starLevels: STAR_LEVELS.map((starLevel) => ({ starLevel, volunteers: byLevel.get(starLevel) ?? 0 })),
      topVolunteers: top.rows.map((row) => ({ volunteerId: row.volunteer_id, name: names.get(row.volunteer_id) ?? null, minutes: Number(row.minutes), starLevel: row.star_level ?? 0 })),
    };
  }
}
