import { pageSchema, responseSchema } from '../../platform/docs/response-schema';

export const CommunitySchema = responseSchema('Community', { communityId: 'string', name: 'string', registeredAt: 'string' });
export const CommunityListSchema = responseSchema('CommunityList', { items: [CommunitySchema] });

export const VolunteerProfileSchema = responseSchema('VolunteerProfile', {
  volunteerId: 'string',
  name: 'string',
  phone: 'string',
  communityId: 'string',
  communityName: 'string?',
  partyMember: 'boolean',
  unitId: 'string?',
  status: 'string',
  starLevel: 'integer',
  teams: [{ teamId: 'string', name: 'string?' }],
  registeredAt: 'string',
  erased: 'boolean',
});
export const VolunteerPageSchema = pageSchema('VolunteerPage', VolunteerProfileSchema);
