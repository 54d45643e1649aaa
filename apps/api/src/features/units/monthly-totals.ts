import { Injectable } from '@nestjs/common';
import { monthEnd, previousMonth, type MonthlyTotals, type ServiceTotals } from '@shiji/domain';
import { ReadModels } from '../../read-side/read-models';

/**
 * A unit's month, counted from the views: the verified service of the
 * volunteers who name the unit (service that started in the Shanghai month,
 * at its minutes after corrections), the activities it was given in, the
 * service requests they completed in the month, the unit's projects an
 * activity of the month delivered, and the members at closing.
 */
@Injectable()
export class MonthlyTotalsQuery {
  constructor(private readonly readModels: ReadModels) {}

  async totals(unitId: string, month: string): Promise<MonthlyTotals> {
    const [service, members] = await Promise.all([this.service(unitId, month), this.members(unitId)]);
    return { ...members, ...service };
  }

  async service(unitId: string, month: string): Promise<ServiceTotals> {
    const from = monthEnd(previousMonth(month)).toISOString();
    const to = monthEnd(month).toISOString();
    const pool = this.readModels.pool;
    const [minutes, activities, requests, projects] = await Promise.all([
      pool.query<{ category: string; community_id: string; minutes: number }>(
        `SELECT r.data->>'category' AS category, r.community_id, sum((r.data->>'minutes')::int)::int AS minutes
         FROM rm_service_records r JOIN rm_unit_members m ON m.id = r.volunteer_id
         WHERE m.unit_id = $1 AND r.verified AND (r.data->>'startedAt')::timestamptz >= $2 AND (r.data->>'startedAt')::timestamptz < $3
         GROUP BY 1, 2`,
        [unitId, from, to],
      ),
      pool.query<{ activities: number }>(
        `SELECT count(DISTINCT r.data->>'activityId')::int AS activities
         FROM rm_service_records r JOIN rm_unit_members m ON m.id = r.volunteer_id
         WHERE m.unit_id = $1 AND r.verified AND (r.data->>'startedAt')::timestamptz >= $2 AND (r.data->>'startedAt')::timestamptz < $3`,
        [unitId, from, to],
      ),
      pool.query<{ requests: number }>(
        `SELECT count(*)::int AS requests FROM rm_service_requests q JOIN rm_unit_members m ON m.id = q.data->>'providerVolunteerId'
         WHERE m.unit_id = $1 AND q.data->>'status' = 'completed' AND (q.data->>'closedAt')::timestamptz >= $2 AND (q.data->>'closedAt')::timestamptz < $3`,
        [unitId, from, to],
      ),
      pool.query<{ projects: number }>(
        `SELECT count(DISTINCT p.id)::int AS projects FROM rm_service_projects p
         CROSS JOIN LATERAL jsonb_array_elements_text(p.data->'activities') AS linked(activity_id)
         JOIN rm_activities a ON a.id = linked.activity_id
         WHERE p.data->'provider'->>'kind' = 'unit' AND p.data->'provider'->>'id' = $1 AND a.data->>'status' = 'published'
           AND (a.data->>'startsAt')::timestamptz >= $2 AND (a.data->>'startsAt')::timestamptz < $3`,
        [unitId, from, to],
      ),
    ]);
    const sum = (key: 'category' | 'community_id') => {
      const out: Record<string, number> = {};
      for (const row of minutes.rows) out[row[key]] = (out[row[key]] ?? 0) + row.minutes;
      return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    };
    return {
      minutes: minutes.rows.reduce((total, row) => total + row.minutes, 0),
      minutesByCategory: sum('category'),
      minutesByCommunity: sum('community_id'),
      activitiesJoined: activities.rows[0].activities,
      requestsResolved: requests.rows[0].requests,
      projectsDelivered: projects.rows[0].projects,
    };
  }

  private async members(unitId: string): Promise<Pick<MonthlyTotals, 'members' | 'membersReportedIn'>> {
    const { rows } = await this.readModels.pool.query<{ members: number; reported_in: number }>(
      `SELECT count(*)::int AS members, count(*) FILTER (WHERE data->'reportedIn'->>'unitId' = $1)::int AS reported_in FROM rm_unit_members WHERE unit_id = $1`,
      [unitId],
    );
    return { members: rows[0].members, membersReportedIn: rows[0].reported_in };
  }
}
