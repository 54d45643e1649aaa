import { Injectable } from '@nestjs/common';
import type { AccountView, CommunityView, TeamView, VolunteerView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { PersonalDataVault, type RevealedPersonalData } from '../../personal-data/personal-data-vault';
import { maskPhone } from '../../read-side/phone';
import { ReadModels } from '../../read-side/read-models';
import { IdentityDocuments, type ShownIdentityDocument } from '../certificates/identity-document';

export interface VolunteerProfile {
  volunteerId: string;
  /** Readable number (`K7M-000123`) for people; the id stays the internal one. */
  volunteerNumber: string;
  name: string;
  phone: string;
  communityId: string;
  communityName: string | null;
  partyMember: boolean;
  unitId: string | null;
  status: string;
  starLevel: number;
  teams: Array<{ teamId: string; name: string | null }>;
  registeredAt: string;
  /** The personal data was erased: name and phone are placeholders. */
  erased: boolean;
  /** Masked to its last four characters; null when none was recorded, or erased. */
  identityDocument: ShownIdentityDocument | null;
}

/** How many rows a name search opens per round; names are sealed, so the database cannot match them. */
const SEARCH_CHUNK = 500;

/** Phone numbers are shown in full only to staff of the volunteer's own community. */
export function mayReadPersonalData(actor: Actor, communityId: string): boolean {
  return actor.role === 'staff' && actor.communities.includes(communityId);
}

interface VolunteerRow {
  id: string;
  data: VolunteerView;
  star_level: number | null;
}

@Injectable()
export class VolunteerQueries {
  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
    private readonly documents: IdentityDocuments,
  ) {}

  async profile(volunteerId: string, actor: Actor): Promise<VolunteerProfile | null> {
    const volunteer = await this.readModels.findById<VolunteerView>('volunteers', volunteerId);
    if (!volunteer) return null;
    const [account, teams, personal, communities, documents] = await Promise.all([
      this.readModels.findById<AccountView>('accounts', volunteerId),
      this.readModels.findByIds<TeamView>('teams', volunteer.teams),
      this.vault.open(volunteer),
      this.readModels.findByIds<CommunityView>('communities', [volunteer.communityId]),
      this.documents.maskedMany([volunteer]),
    ]);
    return this.toProfile(volunteer, personal, account?.starLevel ?? 0, { teams, communities, documents }, actor);
  }

  async list(filter: { communityId?: string; starLevel?: number; q?: string; limit: number; cursor?: string }, actor: Actor): Promise<Page<VolunteerProfile>> {
    const after = decodeCursor(filter.cursor);
    const matches: Array<{ row: VolunteerRow; personal: RevealedPersonalData }> = [];
    let from = after ? String(after[0]) : null;
    // Without a name to match, one round reads exactly the page; with one, rounds go on until the page is full.
    const chunk = filter.q ? SEARCH_CHUNK : filter.limit + 1;
    const needle = filter.q?.toLowerCase();
    for (;;) {
      const rows = await this.page(filter, from, chunk);
      const revealed = await this.vault.openMany(rows.map((row) => row.data));
      for (const row of rows) {
        const personal = revealed.get(row.id) as RevealedPersonalData;
        if (needle === undefined || (!personal.erased && (personal.name.toLowerCase().includes(needle) || (/^\d{3,11}$/.test(needle) && personal.phone.includes(needle))))) matches.push({ row, personal });
      }
      if (rows.length < chunk || matches.length > filter.limit) break;
      from = rows[rows.length - 1].id;
    }
    const page = matches.slice(0, filter.limit);
    const teamIds = [...new Set(page.flatMap(({ row }) => row.data.teams))];
    const [teams, communities, documents] = await Promise.all([
      this.readModels.findByIds<TeamView>('teams', teamIds),
      this.readModels.findByIds<CommunityView>('communities', [...new Set(page.map(({ row }) => row.data.communityId))]),
      this.documents.maskedMany(page.map(({ row }) => row.data)),
    ]);
    return {
      items: page.map(({ row, personal }) => this.toProfile(row.data, personal, row.star_level ?? 0, { teams, communities, documents }, actor)),
      nextCursor: matches.length > filter.limit ? encodeCursor([page[page.length - 1].row.id]) : null,
    };
  }

  private async page(filter: { communityId?: string; starLevel?: number }, after: string | null, limit: number): Promise<VolunteerRow[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.communityId) conditions.push(`v.community_id = ${param(filter.communityId)}`);
    if (filter.starLevel !== undefined) conditions.push(`COALESCE(a.star_level, 0) = ${param(filter.starLevel)}`);
    if (after !== null) conditions.push(`v.id > ${param(after)}`);
    const { rows } = await this.readModels.pool.query<VolunteerRow>(
      `SELECT v.id, v.data, a.star_level FROM rm_volunteers v LEFT JOIN rm_accounts a ON a.id = v.id
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY v.id LIMIT ${param(limit)}`,
      params,
    );
    return rows;
  }

  private toProfile(volunteer: VolunteerView, personal: RevealedPersonalData, starLevel: number, names: { teams: Map<string, TeamView>; communities: Map<string, CommunityView>; documents: Map<string, ShownIdentityDocument> }, actor: Actor): VolunteerProfile {
    return {
      volunteerId: volunteer.volunteerId,
      volunteerNumber: volunteer.volunteerNumber,
      name: personal.name,
      phone: mayReadPersonalData(actor, volunteer.communityId) ? personal.phone : maskPhone(personal.phone),
      communityId: volunteer.communityId,
      communityName: names.communities.get(volunteer.communityId)?.name ?? null,
      partyMember: volunteer.partyMember,
      unitId: volunteer.unitId,
      status: volunteer.status,
      starLevel,
      teams: volunteer.teams.map((teamId) => ({ teamId, name: names.teams.get(teamId)?.name ?? null })),
      registeredAt: volunteer.registeredAt,
      erased: personal.erased,
      identityDocument: names.documents.get(volunteer.volunteerId) ?? null,
    };
  }
}
