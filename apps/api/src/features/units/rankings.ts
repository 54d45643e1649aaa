import { Injectable } from '@nestjs/common';
import { DEFAULT_RANKING_WEIGHTS, monthEnd, rankSubjects, type RankedSubject, type RankingInput, type RankingWeights } from '@shiji/domain';
import type { ActivityView } from '@shiji/projections';
import { RANKING_WEIGHTS_ID } from '@shiji/projections';
import { ReadModels } from '../../read-side/read-models';

/** A team's month: at least one activity held, and one on the Party member service day (the second Saturday). */
export interface TeamMonth {
  month: string;
  activities: number;
  serviceDayHeld: boolean;
  compliant: boolean;
}

export interface TeamRanked extends RankedSubject {
  months: TeamMonth[];
  compliantMonths: number;
}

type Counts = { id: string; members: number; active_members: number; minutes: number; projects: number; appraisal: number | null };

const toInput = (row: Counts): RankingInput => ({
  id: row.id, members: row.members, activeMembers: row.active_members, minutes: row.minutes, projectsDelivered: row.projects, appraisal: row.appraisal,
});

/** Projects of the menu a provider ($kind, its id in `subject`) offers that an activity of the year ($3 to $4) delivered. */
const projectsOf = (kind: 'unit' | 'team', subject: string) => `(SELECT count(DISTINCT p.id) FROM rm_service_projects p
  CROSS JOIN LATERAL jsonb_array_elements_text(p.data->'activities') AS linked(activity_id)
  JOIN rm_activities a ON a.id = linked.activity_id
  WHERE p.data->'provider'->>'kind' = '${kind}' AND p.data->'provider'->>'id' = ${subject} AND a.data->>'status' = 'published'
    AND (a.data->>'startsAt')::timestamptz >= $3 AND (a.data->>'startsAt')::timestamptz < $4)::int AS projects`;

/** The Shanghai day of a month's second Saturday, `YYYY-MM-DD`. */
export function secondSaturday(year: number, month: number): string {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((6 - weekday + 7) % 7) + 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The year-end ranking of units and of teams, from the views: members as
 * they stand, their verified service of the Shanghai year, the appraisal
 * entered for the year, the menu's projects they provide that an activity
 * of the year delivered, and the weights the policy last set.
 */
@Injectable()
export class Rankings {
  constructor(private readonly readModels: ReadModels) {}

  async weights(): Promise<RankingWeights> {
    const stored = await this.readModels.findById<RankingWeights>('ranking_weights', RANKING_WEIGHTS_ID);
    if (!stored) return DEFAULT_RANKING_WEIGHTS;
    const { hoursPerMember, participationRate, projectsDelivered, appraisal } = stored;
    return { hoursPerMember, participationRate, projectsDelivered, appraisal };
  }

  async units(year: number, communityId: string | undefined): Promise<{ year: number; weights: RankingWeights; items: RankedSubject[] }> {
    const { rows } = await this.readModels.pool.query<Counts>(
      `WITH served AS (
         SELECT m.unit_id, r.volunteer_id, sum((r.data->>'minutes')::int) AS minutes
         FROM rm_service_records r JOIN rm_unit_members m ON m.id = r.volunteer_id
         WHERE r.verified AND r.year = $1 AND m.unit_id IS NOT NULL GROUP BY 1, 2)
       SELECT u.id,
         (SELECT count(*) FROM rm_unit_members m WHERE m.unit_id = u.id)::int AS members,
         (SELECT count(*) FROM served s WHERE s.unit_id = u.id AND s.minutes > 0)::int AS active_members,
         (SELECT coalesce(sum(s.minutes), 0) FROM served s WHERE s.unit_id = u.id)::int AS minutes,
         ${projectsOf('unit', 'u.id')},
         (SELECT (a.data->>'score')::int FROM rm_appraisals a WHERE a.id = 'unit|' || u.id || '|' || $1) AS appraisal
       FROM rm_units u
       WHERE ($2::text IS NULL OR u.community_id = $2) AND (u.data->>'retiredAt' IS NULL OR (u.data->>'retiredAt')::timestamptz >= $3)`,
      [year, communityId ?? null, monthEnd(`${year - 1}-12`).toISOString(), monthEnd(`${year}-12`).toISOString()],
    );
    const weights = await this.weights();
    return { year, weights, items: rankSubjects(rows.map(toInput), weights) };
  }

  async teams(year: number, communityId: string | undefined, now: Date): Promise<{ year: number; weights: RankingWeights; items: TeamRanked[] }> {
    const { rows } = await this.readModels.pool.query<Counts>(
      `WITH members AS (
         SELECT t.id AS team_id, jsonb_array_elements_text(t.data->'members') AS volunteer_id FROM rm_teams t WHERE ($2::text IS NULL OR t.community_id = $2)),
       served AS (
         SELECT m.team_id, m.volunteer_id, sum((r.data->>'minutes')::int) AS minutes
         FROM members m JOIN rm_service_records r ON r.volunteer_id = m.volunteer_id
         WHERE r.verified AND r.year = $1 GROUP BY 1, 2)
       SELECT t.id,
         jsonb_array_length(t.data->'members') AS members,
         (SELECT count(*) FROM served s WHERE s.team_id = t.id AND s.minutes > 0)::int AS active_members,
         (SELECT coalesce(sum(s.minutes), 0) FROM served s WHERE s.team_id = t.id)::int AS minutes,
         ${projectsOf('team', 't.id')},
         (SELECT (a.data->>'score')::int FROM rm_appraisals a WHERE a.id = 'team|' || t.id || '|' || $1) AS appraisal
       FROM rm_teams t WHERE $2::text IS NULL OR t.community_id = $2`,
      [year, communityId ?? null, monthEnd(`${year - 1}-12`).toISOString(), monthEnd(`${year}-12`).toISOString()],
    );
    const weights = await this.weights();
    const compliance = await this.compliance(year, rows.map((row) => row.id), now);
    const items = rankSubjects(rows.map(toInput), weights).map((ranked) => {
      const months = compliance.get(ranked.id) ?? [];
      return { ...ranked, months, compliantMonths: months.filter((month) => month.compliant).length };
    });
    return { year, weights, items };
  }

  /** Each team's months of the year that are over: activities held (not cancelled) and whether one fell on the service day. */
  private async compliance(year: number, teamIds: readonly string[], now: Date): Promise<Map<string, TeamMonth[]>> {
    const { rows } = await this.readModels.pool.query<{ data: ActivityView }>(
      `SELECT data FROM rm_activities WHERE data->>'teamId' = ANY($1::text[]) AND data->>'status' = 'published'
         AND (data->>'startsAt')::timestamptz >= $2 AND (data->>'startsAt')::timestamptz < $3`,
      [teamIds, monthEnd(`${year - 1}-12`).toISOString(), monthEnd(`${year}-12`).toISOString()],
    );
    const shanghaiDay = (instant: string) => new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const result = new Map<string, TeamMonth[]>();
    for (const teamId of teamIds) {
      const days = rows.filter((row) => row.data.teamId === teamId).map((row) => shanghaiDay(row.data.startsAt));
      const months: TeamMonth[] = [];
      for (let number = 1; number <= 12; number += 1) {
        const month = `${year}-${String(number).padStart(2, '0')}`;
        if (monthEnd(month) > now) break;
        const inMonth = days.filter((day) => day.startsWith(month));
        const serviceDayHeld = inMonth.includes(secondSaturday(year, number));
        months.push({ month, activities: inMonth.length, serviceDayHeld, compliant: inMonth.length > 0 && serviceDayHeld });
      }
      result.set(teamId, months);
    }
    return result;
  }
}
