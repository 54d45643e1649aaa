import { assertNever, emptyVolunteerRecord, evolveVolunteerRecord, volunteerNumber } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';
import type { ActivityView, CommunityView, TeamView, VolunteerNumberCounter, VolunteerView } from './directory-views';

const without = (items: string[], item: string): string[] => items.filter((existing) => existing !== item);

/** Communities, teams, volunteers' profiles and activities. */
export const directoryProjection = defineProjection({
  name: 'directory',
  collections: [
    { name: 'communities', columns: [] },
    { name: 'teams', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    { name: 'volunteers', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    /** Per community, how many volunteers it has numbered: registrations are folded one at a time in log order, so no two share a number. */
    { name: 'volunteer_numbers', columns: [] },
    {
      name: 'activities',
      columns: [
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'starts_at', expression: "(data->>'startsAt')", type: 'text', indexed: true },
      ],
    },
  ],

  canHandle: [
    'CommunityRegistered', 'CertificateIssuerSet', 'IdentityDocumentRecorded', 'TrainingAttended', 'CommendationReceived', 'VolunteerEvaluated', 'TeamRegistered', 'TeamMemberJoined', 'TeamMemberLeft', 'TeamLeaderAppointed', 'VolunteerRegistered', 'VolunteerMoved', 'VolunteerSuspended',
    'VolunteerReinstated', 'VolunteerErased', 'ActivityPublished', 'VolunteerSignedUp', 'SignupWithdrawn', 'VolunteerWaitlisted', 'WaitlistLeft',
    'WaitlistPromoted', 'ActivityRescheduled', 'ActivityCancelled', 'VolunteerUnitChanged', 'VolunteerReportedIn',
  ],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'TeamMemberJoined':
      case 'TeamMemberLeft':
        return [{ collection: 'teams', id: event.data.teamId }, { collection: 'volunteers', id: event.data.volunteerId }];
      case 'TeamLeaderAppointed':
        return [{ collection: 'teams', id: event.data.teamId }];
      case 'VolunteerRegistered':
        return [{ collection: 'volunteer_numbers', id: event.data.communityId }];
      case 'VolunteerMoved':
      case 'VolunteerSuspended':
      case 'VolunteerReinstated':
      case 'VolunteerErased':
      case 'VolunteerUnitChanged':
      case 'VolunteerReportedIn':
      case 'IdentityDocumentRecorded':
      case 'TrainingAttended':
      case 'CommendationReceived':
      case 'VolunteerEvaluated':
        return [{ collection: 'volunteers', id: event.data.volunteerId }];
      case 'CertificateIssuerSet':
        return [{ collection: 'communities', id: event.data.communityId }];
      case 'VolunteerSignedUp':
      case 'SignupWithdrawn':
      case 'VolunteerWaitlisted':
      case 'WaitlistLeft':
      case 'WaitlistPromoted':
      case 'ActivityRescheduled':
      case 'ActivityCancelled':
        return [{ collection: 'activities', id: event.data.activityId }];
      default:
        return [];
    }
  },

  evolve(event, documents): void {
    const at = event.metadata.occurredAt;
    const put = (collection: string, id: string, data: Record<string, unknown>) => documents.put(collection, id, data, event.position);
    const volunteer = (id: string) => documents.get<VolunteerView>('volunteers', id);
    const team = (id: string) => documents.get<TeamView>('teams', id);
    const activity = (id: string) => documents.get<ActivityView>('activities', id);
    switch (event.type) {
      case 'CommunityRegistered':
        return put('communities', event.data.communityId, { ...event.data, registeredAt: at } satisfies CommunityView);
      case 'TeamRegistered':
        return put('teams', event.data.teamId, { ...event.data, members: [], leaderId: null } satisfies TeamView);
      case 'TeamMemberJoined':
      case 'TeamMemberLeft': {
        const { teamId, volunteerId } = event.data;
        const joined = event.type === 'TeamMemberJoined';
        const t = team(teamId);
        if (t) {
          const members = joined ? [...without(t.members, volunteerId), volunteerId] : without(t.members, volunteerId);
          put('teams', teamId, { ...t, members, leaderId: !joined && t.leaderId === volunteerId ? null : t.leaderId });
        }
        const v = volunteer(volunteerId);
        if (v) put('volunteers', volunteerId, { ...v, teams: joined ? [...without(v.teams, teamId), teamId] : without(v.teams, teamId) });
        return;
      }
      case 'TeamLeaderAppointed': {
        const t = team(event.data.teamId);
        if (t) put('teams', t.teamId, { ...t, leaderId: event.data.volunteerId });
        return;
      }
      case 'VolunteerRegistered': {
        const { volunteerId, communityId, personal, partyMember, unitId } = event.data;
        const sequence = (documents.get<VolunteerNumberCounter>('volunteer_numbers', communityId)?.last ?? 0) + 1;
        put('volunteer_numbers', communityId, { communityId, last: sequence } satisfies VolunteerNumberCounter);
        const view: VolunteerView = { volunteerId, communityId, volunteerNumber: volunteerNumber(communityId, sequence), personal, erased: false, partyMember, unitId, status: 'active', teams: [], registeredAt: at, moves: [] };
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
        // A volunteer who never had a document keeps no key for one, as views written before documents existed.
        if (v) put('volunteers', v.volunteerId, { ...v, personal: null, erased: true, ...('identityDocument' in v ? { identityDocument: null } : {}) });
        return;
      }
      case 'IdentityDocumentRecorded': {
        const v = volunteer(event.data.volunteerId);
        if (v) put('volunteers', v.volunteerId, { ...v, identityDocument: event.data.document });
        return;
      }
      case 'TrainingAttended':
      case 'CommendationReceived':
      case 'VolunteerEvaluated': {
        const v = volunteer(event.data.volunteerId);
        // No key until the first entry, as views written before entries existed.
        if (v) put('volunteers', v.volunteerId, { ...v, record: evolveVolunteerRecord(v.record ?? emptyVolunteerRecord(), event) });
        return;
      }
      case 'CertificateIssuerSet': {
        const c = documents.get<CommunityView>('communities', event.data.communityId);
        if (c) put('communities', c.communityId, { ...c, issuer: event.data.issuer });
        return;
      }
      case 'VolunteerUnitChanged':
      case 'VolunteerReportedIn': {
        const v = volunteer(event.data.volunteerId);
        if (v) put('volunteers', v.volunteerId, { ...v, unitId: event.data.unitId });
        return;
      }
      case 'ActivityPublished':
        return put('activities', event.data.activityId, { ...event.data, status: 'published', participants: [], waiting: [], publishedAt: at } satisfies ActivityView);
      case 'VolunteerSignedUp':
      case 'SignupWithdrawn':
      case 'VolunteerWaitlisted':
      case 'WaitlistLeft':
      case 'WaitlistPromoted': {
        const a = activity(event.data.activityId);
        if (!a) return;
        const { volunteerId } = event.data;
        const participants = a.participants.filter((p) => p.volunteerId !== volunteerId);
        const waiting = a.waiting.filter((p) => p.volunteerId !== volunteerId);
        if (event.type === 'VolunteerSignedUp') participants.push({ volunteerId, addedByStaff: event.data.addedByStaff });
        if (event.type === 'VolunteerWaitlisted') waiting.push({ volunteerId, addedByStaff: event.data.addedByStaff });
        if (event.type === 'WaitlistPromoted') participants.push(a.waiting.find((p) => p.volunteerId === volunteerId) ?? { volunteerId, addedByStaff: false });
        return put('activities', a.activityId, { ...a, participants, waiting });
      }
      case 'ActivityRescheduled': {
        const a = activity(event.data.activityId);
        if (a) put('activities', a.activityId, { ...a, startsAt: event.data.startsAt, endsAt: event.data.endsAt });
        return;
      }
      case 'ActivityCancelled': {
        const a = activity(event.data.activityId);
        if (a) put('activities', a.activityId, { ...a, status: 'cancelled' });
        return;
      }
      default:
        return assertNever(event);
    }
  },
});
