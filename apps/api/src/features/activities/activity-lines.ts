import { Injectable } from '@nestjs/common';
import { SERVICE_CATEGORIES } from '@shiji/domain';
import type { ActivityView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { ReadModels } from '../../read-side/read-models';
import { VolunteerNames } from '../../read-side/volunteer-names';
import { maskedName } from '../certificates/masked-name';

/** An activity with names where its view holds ids: its community, its team, and each participant. */
export interface ActivityLine extends ActivityView {
  communityName: string | null;
  teamName: string | null;
  participants: Array<{ volunteerId: string; addedByStaff: boolean; name: string | null }>;
  waiting: Array<{ volunteerId: string; addedByStaff: boolean; name: string | null }>;
}

export const ActivitySchema = responseSchema('Activity', {
  activityId: 'string',
  title: 'string',
  category: oneOf(SERVICE_CATEGORIES),
  communityId: 'string',
  communityName: 'string?',
  teamId: 'string?',
  teamName: 'string?',
  startsAt: 'string',
  endsAt: 'string',
  place: 'string',
  capacity: 'integer?',
  seriesId: 'string?',
  status: oneOf(['published', 'cancelled']),
  participants: [{ volunteerId: 'string', addedByStaff: 'boolean', name: 'string?' }],
  waiting: [{ volunteerId: 'string', addedByStaff: 'boolean', name: 'string?' }],
  publishedAt: 'string',
});
export const ActivityPageSchema = pageSchema('ActivityPage', ActivitySchema);

/**
 * Staff, admins and auditors read participants' names in full. A volunteer
 * browsing the notice board reads their own name and the others' masked
 * (张*): enough to see who comes, not a list of neighbours' names.
 */
@Injectable()
export class ActivityLines {
  constructor(
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  async of(activities: readonly ActivityView[], actor: Actor): Promise<ActivityLine[]> {
    const [communities, teams, names] = await Promise.all([
      this.readModels.findByIds<{ name: string }>('communities', [...new Set(activities.map((activity) => activity.communityId))]),
      this.readModels.findByIds<{ name: string }>('teams', [...new Set(activities.flatMap((activity) => (activity.teamId ? [activity.teamId] : [])))]),
      this.names.of(activities.flatMap((activity) => [...activity.participants, ...activity.waiting].map((participant) => participant.volunteerId))),
    ]);
    const shown = (volunteerId: string): string | null => {
      const name = names.get(volunteerId) ?? null;
      return name === null || actor.role !== 'volunteer' || actor.id === volunteerId ? name : maskedName(name);
    };
    return activities.map((activity) => ({
      ...activity,
      communityName: communities.get(activity.communityId)?.name ?? null,
      teamName: activity.teamId ? (teams.get(activity.teamId)?.name ?? null) : null,
      participants: activity.participants.map((participant) => ({ ...participant, name: shown(participant.volunteerId) })),
      waiting: activity.waiting.map((participant) => ({ ...participant, name: shown(participant.volunteerId) })),
    }));
  }
}
