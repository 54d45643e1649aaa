import { Injectable } from '@nestjs/common';
import { isSealed, type ApplicationStatus } from '@shiji/domain';
import type { VolunteerApplicationView, VolunteerView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { decodeCursor, encodeCursor, type Page } from '../../read-side/pagination';
import { maskPhone } from '../../read-side/phone';
import { ReadModels } from '../../read-side/read-models';
import { mayReadPersonalData } from '../organisation/volunteer-queries';
import { applicantKeyId } from './application-decisions';

export interface VolunteerApplicationItem {
  applicationId: string;
  communityId: string;
  name: string;
  phone: string;
  note: string | null;
  partyMember: boolean;
  status: ApplicationStatus;
  appliedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  volunteerId: string | null;
  reason: string | null;
}

/**
 * Applications, oldest first (the order staff work through them). Pending
 * and rejected applications show the applicant's data until a decision
 * shreds it; an approved one shows its volunteer's, as the volunteers' view
 * holds it now (erased with them).
 */
@Injectable()
export class ApplicationQueries {
  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  async list(filter: { communityId?: string; status: ApplicationStatus | 'all'; limit: number; cursor?: string }, actor: Actor): Promise<Page<VolunteerApplicationItem>> {
    const after = decodeCursor(filter.cursor);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    if (filter.communityId) conditions.push(`community_id = ${param(filter.communityId)}`);
    if (filter.status !== 'all') conditions.push(`status = ${param(filter.status)}`);
    if (after) conditions.push(`(data->>'appliedAt', id) > (${param(String(after[0]))}, ${param(String(after[1]))})`);
    const { rows } = await this.readModels.pool.query<{ data: VolunteerApplicationView }>(
      `SELECT data FROM rm_volunteer_applications ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY data->>'appliedAt', id LIMIT ${param(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit).map((row) => row.data);
    const volunteers = await this.readModels.findByIds<VolunteerView>('volunteers', page.flatMap((view) => (view.volunteerId ? [view.volunteerId] : [])));
    const holders = page.map((view) => {
      const volunteer = view.volunteerId ? volunteers.get(view.volunteerId) : undefined;
      return volunteer ? { volunteerId: volunteer.volunteerId, personal: volunteer.personal } : { volunteerId: applicantKeyId(view.applicationId), personal: view.personal };
    });
    const [personal, notes] = await Promise.all([
      this.vault.openMany(holders),
      this.vault.openTexts(page.flatMap((view) => (view.note && isSealed(view.note) ? [{ volunteerId: applicantKeyId(view.applicationId), sealed: view.note }] : []))),
    ]);
    const items = page.map((view, index): VolunteerApplicationItem => {
      const opened = personal.get(holders[index].volunteerId);
      const phone = opened?.phone ?? '';
      return {
        applicationId: view.applicationId,
        communityId: view.communityId,
        name: opened?.name ?? '',
        phone: mayReadPersonalData(actor, view.communityId) ? phone : maskPhone(phone),
        note: notes.get(applicantKeyId(view.applicationId)) ?? null,
        partyMember: view.partyMember,
        status: view.status,
        appliedAt: view.appliedAt,
        decidedAt: view.decidedAt,
        decidedBy: view.decidedBy,
        volunteerId: view.volunteerId,
        reason: view.reason,
      };
    });
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > filter.limit ? encodeCursor([last.appliedAt, last.applicationId]) : null };
  }
}
