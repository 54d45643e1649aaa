import { responseSchema } from '../../platform/docs/response-schema';

export const StaffSchema = responseSchema('Staff', {
  staffId: 'string',
  name: 'string',
  communities: ['string'],
  registeredAt: 'string',
  grants: [{ communityId: 'string', grantedAt: 'string', revokedAt: 'string?' }],
});
export const StaffListSchema = responseSchema('StaffList', { items: [StaffSchema] });
