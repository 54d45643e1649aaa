import { nullable, optional, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { CERTIFICATE_ISSUER, SHOWN_IDENTITY_DOCUMENT } from '../certificates/certificates.responses';

export const CommunitySchema = responseSchema('Community', { communityId: 'string', name: 'string', registeredAt: 'string', issuer: optional(CERTIFICATE_ISSUER) });
export const CommunityListSchema = responseSchema('CommunityList', { items: [CommunitySchema] });

export const VolunteerProfileSchema = responseSchema('VolunteerProfile', {
  volunteerId: 'string',
  volunteerNumber: 'string',
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
  identityDocument: nullable(SHOWN_IDENTITY_DOCUMENT),
});
export const VolunteerPageSchema = pageSchema('VolunteerPage', VolunteerProfileSchema);
