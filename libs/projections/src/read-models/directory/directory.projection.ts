import { toDomainEvent, type DomainEvent } from '@shiji/domain';
import type { StoredEvent } from '@shiji/event-store';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef, Projection } from '../../runner/projection';
import type { ActivityView, CommunityView, TeamView, VolunteerView } from './directory-views';

const without = (items: string[], item: string): string[] => items.filter((existing) => existing !== item);

/** Communities, teams, volunteers' profiles and activities. */
export const directoryProjection: Projection = {
  name: 'directory',
  collections: [
    { name: 'communities', columns: [] },
    { name: 'teams', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    { name: 'volunteers', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    {
      name: 'activities',
      columns: [
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'starts_at', expression: "(data->>'startsAt')", type: 'text', indexed: true },
      ],
    },
  ],

  needs(stored: StoredEvent): DocumentRef[] {
    const data = stored.data;
    switch (stored.type) {
      case 'TeamMemberJoined':
      case 'TeamMemberLeft':
        return [{ collection: 'teams', id: String(data.teamId) }, { collection: 'volunteers', id: String(data.volunteerId) }];
      case 'VolunteerMoved':
      case 'VolunteerSuspended':
      case 'VolunteerReinstated':
      case 'VolunteerErased':
        return [{ collection: 'volunteers', id: String(data.volunteerId) }];
      case 'VolunteerSignedUp':
      case 'SignupWithdrawn':
      case 'ActivityCancelled':
        return [{ collection: 'activities', id: String(data.activityId) }];
      default:
        return [];
    }
  },

  apply(stored: StoredEvent, documents: DocumentStore): void {
    if (!RELEVANT.has(stored.type)) return;
    const event = toDomainEvent(stored);
    const at = stored.metadata.occurredAt;
    const put = (collection: string, id: string, data: Record<string, unknown>) => documents.put(collection, id, data, stored.position);
    applyDirectoryEvent(event, at, documents, put);
  },
};

const RELEVANT = new Set([
  'CommunityRegistered', 'TeamRegistered', 'TeamMemberJoined', 'TeamMemberLeft', 'VolunteerRegistered', 'VolunteerMoved',
  'VolunteerSuspended', 'VolunteerReinstated', 'VolunteerErased', 'ActivityPublished', 'VolunteerSignedUp', 'SignupWithdrawn', 'ActivityCancelled',
]);

function applyDirectoryEvent(event: DomainEvent, at: string, documents: DocumentStore, put: (collection: string, id: string, data: Record<string, unknown>) => void): void {
  const volunteer = (id: string) => documents.get<VolunteerView>('volunteers', id);
  const team = (id: string) => documents.get<TeamView>('teams', id);
  const activity = (id: string) => documents.get<ActivityView>('activities', id);
  switch (event.type) {
    case 'CommunityRegistered':
      return put('communities', event.data.communityId, { ...event.data, registeredAt: at } satisfies CommunityView);
    case 'TeamRegistered':
      return put('teams', event.data.teamId, { ...event.data, members: [] } satisfies TeamView);
    case 'TeamMemberJoined':
    case 'TeamMemberLeft': {
      const { teamId, volunteerId } = event.data;
      const joined = event.type === 'TeamMemberJoined';
      const t = team(teamId);
      if (t) put('teams', teamId, { ...t, members: joined ? [...without(t.members, volunteerId), volunteerId] : without(t.members, volunteerId) });
      const v = volunteer(volunteerId);
      if (v) put('volunteers', volunteerId, { ...v, teams: joined ? [...without(v.teams, teamId), teamId] : without(v.teams, teamId) });
      return;
    }
    case 'VolunteerRegistered': {
      const { volunteerId, communityId, personal, partyMember, unitId } = event.data;
      const view: VolunteerView = { volunteerId, communityId, personal, erased: false, partyMember, unitId, status: 'active', teams: [], registeredAt: at, moves: [] };
      return put('volunteers', volunteerId, view);
    }
    case 'VolunteerMoved': {
      const v = volunteer(event.data.volunteerId);
      if (v) put('volunteers', v.volunteerId, { ...v, communityId: event.data.toCommunityId, moves: [...v.moves, { fromCommunityId: event.data.fromCommunityId, toCommunityId: event.data.toCommunityId, at }] });
      return;
    }
    case 'VolunteerSuspended':
    case 'VolunteerReinstated': {
      const v = volunteer(event.data.volunteerId);
      if (v) put('volunteers', v.volunteerId, { ...v, status: event.type === 'VolunteerSuspended' ? 'suspended' : 'active' });
      return;
    }
    case 'VolunteerErased': {
      const v = volunteer(event.data.volunteerId);
      if (v) put('volunteers', v.volunteerId, { ...v, personal: null, erased: true });
      return;
    }
    case 'ActivityPublished':
      return put('activities', event.data.activityId, { ...event.data, status: 'published', participants: [], publishedAt: at } satisfies ActivityView);
    case 'VolunteerSignedUp':
    case 'SignupWithdrawn': {
      const a = activity(event.data.activityId);
      if (!a) return;
      const others = a.participants.filter((p) => p.volunteerId !== event.data.volunteerId);
      const participants = event.type === 'VolunteerSignedUp' ? [...others, { volunteerId: event.data.volunteerId, addedByStaff: event.data.addedByStaff }] : others;
      return put('activities', a.activityId, { ...a, participants });
    }
    case 'ActivityCancelled': {
      const a = activity(event.data.activityId);
      if (a) put('activities', a.activityId, { ...a, status: 'cancelled' });
      return;
    }
    default:
      return;
  }
}
