import { SERVICE_CATEGORIES } from '@shiji/domain';
import { oneOf, responseSchema } from '../../platform/docs/response-schema';

const CATEGORY = oneOf(SERVICE_CATEGORIES);

export const CertificateCheckSchema = responseSchema('CertificateCheck', {
  code: 'string',
  matches: 'boolean',
  volunteerName: 'string',
  communityId: 'string',
  communityName: 'string',
  year: 'integer',
  issuedOn: 'string',
  issuedAt: 'string',
  totals: {
    totalMinutes: 'integer',
    records: 'integer',
    byActivity: [{ activityId: 'string?', title: 'string?', category: CATEGORY, records: 'integer', minutes: 'integer' }],
    byCategory: [{ category: CATEGORY, records: 'integer', minutes: 'integer' }],
  },
});
