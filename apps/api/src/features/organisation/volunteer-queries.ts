import { Injectable } from '@nestjs/common';
import type { AccountView, TeamView, VolunteerView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { maskPhone } from '../../read-side/phone';
import { ReadModels } from '../../read-side/read-models';

export interface VolunteerProfile {
  volunteerId: string;
  name: string;
  phone: string;
  communityId: string;
  partyMember: boolean;
  unitId: string | null;
  status: string;
  starLevel: number;
  teams: Array<{ teamId: string; name: string | null }>;
  registeredAt: string;
}

/** Phone numbers are shown in full only to staff of the volunteer's own community. */
export function mayReadPersonalData(actor: Actor, communityId: string): boolean {
  return actor.role === 'staff' && actor.communities.includes(communityId);
}

@Injectable()
export class VolunteerQueries {
  constructor(private readonly readModels: ReadModels) {}

  async profile(volunteerId: string, actor: Actor): Promise<VolunteerProfile | null> {
    const volunteer = await this.readModels.findById<VolunteerView>('volunteers', volunteerId);
    if (!volunteer) return null;
    const [account, teams] = await Promise.all([
      this.readModels.findById<AccountView>('accounts', volunteerId),
      this.readModels.findByIds<TeamView>('teams', volunteer.teams),
    ]);
    return this.toProfile(volunteer, account?.starLevel ?? 0, teams, actor);
  }

  async list(filter: { communityId?: string; starLevel?: number; q?: string; limit: number; cursor?: string }, actor: Actor): Promise<Page<VolunteerProfile>> {
    const after = decodeCursor(filter.cursor);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.communityId) conditions.push(`v.community_id = ${param(filter.communityId)}`);
    if (filter.starLevel !== undefined) conditions.push(`COALESCE(a.star_level, 0) = ${param(filter.starLevel)}`);
    if (filter.q) conditions.push(`v.name ILIKE ${param(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (after) conditions.push(`v.id > ${param(String(after[0]))}`);
    const { rows } = await this.readModels.pool.query<{ id: string; data: VolunteerView; star_level: number | null }>(
      `SELECT v.id, v.data, a.star_level FROM rm_volunteers v LEFT JOIN rm_accounts a ON a.id = v.id
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY v.id LIMIT ${param(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const teamIds = [...new Set(page.flatMap((row) => row.data.teams))];
    const teams = await this.readModels.findByIds<TeamView>('teams', teamIds);
    return {
      items: page.map((row) => this.toProfile(row.data, row.star_level ?? 0, teams, actor)),
      nextCursor: rows.length > filter.limit ? encodeCursor([page[page.length - 1].id]) : null,
    };
  }

  private toProfile(volunteer: VolunteerView, starLevel: number, teams: Map<string, TeamView>, actor: Actor): VolunteerProfile {
    return {
      volunteerId: volunteer.volunteerId,
      name: volunteer.name,
      phone: mayReadPersonalData(actor, volunteer.communityId) ? volunteer.phone : maskPhone(volunteer.phone),
      communityId: volunteer.communityId,
      partyMember: volunteer.partyMember,
      unitId: volunteer.unitId,
      status: volunteer.status,
      starLevel,
      teams: volunteer.teams.map((teamId) => ({ teamId, name: teams.get(teamId)?.name ?? null })),
      registeredAt: volunteer.registeredAt,
    };
  }
}
