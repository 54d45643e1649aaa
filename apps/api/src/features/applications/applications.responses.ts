import { oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';

export const ApplicationReceivedSchema = responseSchema('ApplicationReceived', { applicationId: 'string', position: 'integer?' });

export const ApplicationDecidedSchema = responseSchema('ApplicationDecided', { applicationId: 'string', volunteerId: 'string?', position: 'integer?' });

export const VolunteerApplicationSchema = responseSchema('VolunteerApplication', {
  applicationId: 'string',
  communityId: 'string',
  name: 'string',
  phone: 'string',
  note: 'string?',
  partyMember: 'boolean',
  status: oneOf(['pending', 'approved', 'rejected']),
  appliedAt: 'string',
  decidedAt: 'string?',
  decidedBy: 'string?',
  volunteerId: 'string?',
  reason: 'string?',
});

export const VolunteerApplicationPageSchema = pageSchema('VolunteerApplicationPage', VolunteerApplicationSchema);
