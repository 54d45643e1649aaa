import { writeResultSchema } from '../../platform/docs/response-schema';

/** verified: whether the record was verified in the same step. */
export const ServiceRecordedSchema = writeResultSchema('ServiceRecorded', { recordId: 'string', volunteerId: 'string', verified: 'boolean' });
export const ServiceVerifiedSchema = writeResultSchema('ServiceVerified', { recordId: 'string', volunteerId: 'string', verified: 'boolean' });
export const ServiceRejectedSchema = writeResultSchema('ServiceRejected', { recordId: 'string', volunteerId: 'string', rejected: 'boolean' });
export const ServiceCorrectedSchema = writeResultSchema('ServiceCorrected', { recordId: 'string', volunteerId: 'string', minutes: 'integer' });
