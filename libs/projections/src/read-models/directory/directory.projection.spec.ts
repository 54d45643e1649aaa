import { volunteerNumber, type ActivityEvent, type TeamEvent, type VolunteerEvent } from '@shiji/domain';
import { directoryProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(directoryProjection);


const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
const registered: VolunteerEvent = { type: 'VolunteerRegistered', data: { volunteerId: 'v-1', communityId: 'c-1', personal: sealed, partyMember: false, unitId: null } };
const team: TeamEvent = { type: 'TeamRegistered', data: { teamId: 't-1', communityId: 'c-1', name: '银龄志愿者服务队', specialty: '助老' } };
const published: ActivityEvent = {
  type: 'ActivityPublished',
  data: { activityId: 'a-1', title: '重阳节探访', category: 'elderly_care', communityId: 'c-1', teamId: null, startsAt: '2026-03-10T01:00:00.000Z', endsAt: '2026-03-10T03:00:00.000Z', place: '社区活动中心', capacity: null, seriesId: null },
};
const volunteer = {
  volunteerId: 'v-1', communityId: 'c-1', volunteerNumber: volunteerNumber('c-1', 1), personal: sealed, erased: false, partyMember: false, unitId: null, status: 'active', teams: [], registeredAt: at(1), moves: [],
};

describe('the directory projection', () => {
  it('numbers volunteers per community in log order, keeping the number when one moves', () => {
    const register = (volunteerId: string, communityId: string): VolunteerEvent => ({ type: 'VolunteerRegistered', data: { volunteerId, communityId, personal: sealed, partyMember: false, unitId: null } });
    const moved: VolunteerEvent = { type: 'VolunteerMoved', data: { volunteerId: 'v-1', fromCommunityId: 'c-1', toCommunityId: 'c-2' } };
    spec
      .given([register('v-1', 'c-1'), register('v-2', 'c-2'), moved])
      .when([register('v-3', 'c-1'), register('v-4', 'c-2')])
      .then({
        volunteer_numbers: { 'c-1': { communityId: 'c-1', last: 2 }, 'c-2': { communityId: 'c-2', last: 2 } },
        volunteers: {
          'v-1': expect.objectContaining({ communityId: 'c-2', volunteerNumber: volunteerNumber('c-1', 1) }),
          'v-3': expect.objectContaining({ volunteerNumber: volunteerNumber('c-1', 2) }),
          'v-4': expect.objectContaining({ volunteerNumber: volunteerNumber('c-2', 2) }),
        },
      });
  });

  it('keeps a volunteer\'s identity document sealed, with no key for it until one is recorded and null once erased', () => {
    const document: VolunteerEvent = { type: 'IdentityDocumentRecorded', data: { volunteerId: 'v-1', document: sealed } };
    spec.given([registered]).when([document]).then({ volunteers: { 'v-1': { ...volunteer, identityDocument: sealed } } });
    spec.given([registered, document]).when([{ type: 'VolunteerErased', data: { volunteerId: 'v-1' } }]).then({ volunteers: { 'v-1': { ...volunteer, personal: null, erased: true, identityDocument: null } } });
  });

  it('keeps a volunteer\'s training, commendations and evaluations, with no key for them until the first', () => {
    const training: VolunteerEvent = { type: 'TrainingAttended', data: { volunteerId: 'v-1', course: '急救知识培训', minutes: 120, date: '2025-04-12', trainer: '王老师' } };
    spec
      .given([registered])
      .when([training])
      .then({ volunteers: { 'v-1': { ...volunteer, record: { trainings: [{ course: '急救知识培训', minutes: 120, date: '2025-04-12', trainer: '王老师' }], commendations: [], evaluations: [] } } } });
  });

  it('keeps a community\'s certificate issuer once set', () => {
    const issuer = { organisationName: '北下街社区居民委员会', responsiblePerson: '王敏', handlingOfficer: '李华', contactPhone: '0371-66661234', sealSha256: null };
    spec
      .given([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }])
      .when([{ type: 'CertificateIssuerSet', data: { communityId: 'c-1', issuer } }])
      .then({ communities: { 'c-1': { communityId: 'c-1', name: '北下街社区', registeredAt: at(1), issuer } } });
  });

  it('lists a community when registered', () => {
    spec.given([]).when([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }]).then({ communities: { 'c-1': { communityId: 'c-1', name: '北下街社区', registeredAt: at(1) } } });
  });

  it('keeps a volunteer with the sealed personal data, and nothing of it once erased', () => {
    spec.given([]).when([registered]).then({ volunteers: { 'v-1': volunteer } });
    spec.given([registered]).when([{ type: 'VolunteerErased', data: { volunteerId: 'v-1' } }]).then({ volunteers: { 'v-1': { ...volunteer, personal: null, erased: true } } });
  });

  it('follows the unit a volunteer names, and the one they report in to', () => {
    spec.given([registered]).when([{ type: 'VolunteerUnitChanged', data: { volunteerId: 'v-1', unitId: 'u-1' } }]).then({ volunteers: { 'v-1': { ...volunteer, unitId: 'u-1' } } });
    spec.given([registered]).when([{ type: 'VolunteerReportedIn', data: { volunteerId: 'v-1', unitId: 'u-2', communityId: 'c-1' } }]).then({ volunteers: { 'v-1': { ...volunteer, unitId: 'u-2' } } });
  });

  it('follows a volunteer suspended, reinstated and moved to another community', () => {
    spec.given([registered]).when([{ type: 'VolunteerSuspended', data: { volunteerId: 'v-1', reason: '核查' } }]).then({ volunteers: { 'v-1': { ...volunteer, status: 'suspended' } } });
    spec
      .given([registered, { type: 'VolunteerSuspended', data: { volunteerId: 'v-1', reason: '核查' } }])
      .when([{ type: 'VolunteerReinstated', data: { volunteerId: 'v-1' } }, { type: 'VolunteerMoved', data: { volunteerId: 'v-1', fromCommunityId: 'c-1', toCommunityId: 'c-2' } }])
      .then({ volunteers: { 'v-1': { ...volunteer, communityId: 'c-2', moves: [{ fromCommunityId: 'c-1', toCommunityId: 'c-2', at: at(4) }] } } });
  });

  it('keeps team membership on both the team and the volunteer', () => {
    spec
      .given([registered, team])
      .when([{ type: 'TeamMemberJoined', data: { teamId: 't-1', volunteerId: 'v-1' } }])
      .then({ teams: { 't-1': { teamId: 't-1', communityId: 'c-1', name: '银龄志愿者服务队', specialty: '助老', members: ['v-1'], leaderId: null } }, volunteers: { 'v-1': { ...volunteer, teams: ['t-1'] } } });
    spec
      .given([registered, team, { type: 'TeamMemberJoined', data: { teamId: 't-1', volunteerId: 'v-1' } }])
      .when([{ type: 'TeamMemberLeft', data: { teamId: 't-1', volunteerId: 'v-1' } }])
      .then({ teams: { 't-1': expect.objectContaining({ members: [] }) }, volunteers: { 'v-1': { ...volunteer, teams: [] } } });
  });

  it('keeps an activity\'s participants, signed up once each, until it is cancelled', () => {
    const activity = { ...published.data, status: 'published', participants: [], waiting: [], publishedAt: at(1) };
    const signedUp = (volunteerId: string, addedByStaff = false): ActivityEvent => ({ type: 'VolunteerSignedUp', data: { activityId: 'a-1', volunteerId, addedByStaff } });
    spec.given([]).when([published]).then({ activities: { 'a-1': activity } });
    spec
      .given([published, signedUp('v-1'), signedUp('v-2', true)])
      .when([{ type: 'SignupWithdrawn', data: { activityId: 'a-1', volunteerId: 'v-1' } }, signedUp('v-1', true)])
      .then({ activities: { 'a-1': { ...activity, participants: [{ volunteerId: 'v-2', addedByStaff: true }, { volunteerId: 'v-1', addedByStaff: true }] } } });
    spec.given([published]).when([{ type: 'ActivityCancelled', data: { activityId: 'a-1', reason: '天气' } }]).then({ activities: { 'a-1': { ...activity, status: 'cancelled' } } });
  });

  it('keeps the waiting list in order, gives the first a place when one comes free, and follows a move', () => {
    const signedUp = (volunteerId: string): ActivityEvent => ({ type: 'VolunteerSignedUp', data: { activityId: 'a-1', volunteerId, addedByStaff: false } });
    const waiting = (volunteerId: string): ActivityEvent => ({ type: 'VolunteerWaitlisted', data: { activityId: 'a-1', volunteerId, addedByStaff: true } });
    spec
      .given([published, signedUp('v-1'), waiting('v-2'), waiting('v-3'), waiting('v-4')])
      .when([
        { type: 'SignupWithdrawn', data: { activityId: 'a-1', volunteerId: 'v-1' } },
        { type: 'WaitlistPromoted', data: { activityId: 'a-1', volunteerId: 'v-2' } },
        { type: 'WaitlistLeft', data: { activityId: 'a-1', volunteerId: 'v-4' } },
        { type: 'ActivityRescheduled', data: { activityId: 'a-1', startsAt: '2026-03-17T01:00:00.000Z', endsAt: '2026-03-17T03:00:00.000Z' } },
      ])
      .then({
        activities: {
          'a-1': expect.objectContaining({
            participants: [{ volunteerId: 'v-2', addedByStaff: true }],
            waiting: [{ volunteerId: 'v-3', addedByStaff: true }],
            startsAt: '2026-03-17T01:00:00.000Z',
            endsAt: '2026-03-17T03:00:00.000Z',
          }),
        },
      });
  });
});
