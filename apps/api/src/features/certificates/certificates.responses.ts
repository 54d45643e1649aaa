import { COMMENDATION_LEVELS, EVALUATION_RATINGS, IDENTITY_DOCUMENT_TYPES, SERVICE_CATEGORIES } from '@shiji/domain';
import { nullable, oneOf, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';

const CATEGORY = oneOf(SERVICE_CATEGORIES);
const PRINTED_ISSUER = { organisationName: 'string', responsiblePerson: 'string', handlingOfficer: 'string', contactPhone: 'string' } as const;
export const CERTIFICATE_ISSUER = { ...PRINTED_ISSUER, sealSha256: 'string?' } as const;
export const SHOWN_IDENTITY_DOCUMENT = { type: oneOf(IDENTITY_DOCUMENT_TYPES), number: 'string' } as const;

export const IdentityDocumentRecordedSchema = writeResultSchema('IdentityDocumentRecorded', { volunteerId: 'string', ...SHOWN_IDENTITY_DOCUMENT });
export const CertificateIssuerSetSchema = writeResultSchema('CertificateIssuerSet', { communityId: 'string', issuer: CERTIFICATE_ISSUER });
export const SealImageSchema = responseSchema('SealImage', { sha256: 'string', width: 'integer', height: 'integer', bytes: 'integer' });

export const CertificateCheckSchema = responseSchema('CertificateCheck', {
  code: 'string',
  matches: 'boolean',
  certificateNumber: 'string?',
  volunteerName: 'string',
  communityId: 'string',
  communityName: 'string',
  issuer: nullable(PRINTED_ISSUER),
  year: 'integer',
  firstServiceDay: 'string?',
  lastServiceDay: 'string?',
  issuedOn: 'string',
  issuedAt: 'string',
  totals: {
    totalMinutes: 'integer',
    records: 'integer',
    byActivity: [{ activityId: 'string?', title: 'string?', category: CATEGORY, records: 'integer', minutes: 'integer' }],
    byCategory: [{ category: CATEGORY, records: 'integer', minutes: 'integer' }],
  },
});

/** Training, commendations and yearly evaluations (志愿服务记录 beyond hours). */
export const VOLUNTEER_RECORD = {
  trainings: [{ course: 'string', minutes: 'integer', date: 'string', trainer: 'string' }],
  commendations: [{ title: 'string', level: oneOf(COMMENDATION_LEVELS), date: 'string' }],
  evaluations: [{ year: 'integer', rating: oneOf(EVALUATION_RATINGS), comment: 'string', evaluatedBy: 'string' }],
} as const;
export const VolunteerRecordSchema = responseSchema('VolunteerRecord', VOLUNTEER_RECORD);
export const RecordEntryAddedSchema = writeResultSchema('RecordEntryAdded', { volunteerId: 'string', type: 'string' });
