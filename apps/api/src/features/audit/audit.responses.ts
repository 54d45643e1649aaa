import { nullable, oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { VOLUNTEER_RECORD } from '../certificates/certificates.responses';

export const AuditEventSchema = responseSchema('AuditEvent', {
  position: 'integer',
  streamId: 'string',
  revision: 'integer',
  eventId: 'string',
  type: 'string',
  version: 'integer',
  data: 'object',
  metadata: 'object',
  recordedAt: 'string',
});
export const AuditEventPageSchema = pageSchema('AuditEventPage', AuditEventSchema);
export const AuditStreamSchema = responseSchema('AuditStream', { streamId: 'string', items: [AuditEventSchema], nextRevision: 'integer?' });

export const AccountAsOfSchema = responseSchema('AccountAsOf', {
  volunteerId: 'string',
  position: 'integer',
  lifetimeMinutes: 'integer',
  creditMinutes: 'integer',
  owes: 'boolean',
  starLevel: 'integer',
  thresholdHours: ['number'],
  cardMinStarLevel: 'integer',
  card: nullable({ cardNumber: 'string', status: oneOf(['active', 'suspended', 'lost']), issuedAt: 'string' }),
  record: VOLUNTEER_RECORD,
  asOf: 'object',
});

const REPORT = nullable({
  equal: 'boolean',
  checkpoints: 'object',
  differences: [{ collection: 'string', id: 'string', kind: oneOf(['missing', 'extra', 'different']), livePosition: 'integer?', replayPosition: 'integer?' }],
  eventProblems: ['object'],
  durationMs: 'number',
});

export const VerificationSchema = responseSchema('Verification', {
  verificationId: 'string',
  status: oneOf(['running', 'equal', 'different', 'failed']),
  requestedBy: 'string',
  requestedAt: 'string',
  finishedAt: 'string?',
  report: REPORT,
  error: 'string?',
});
export const VerificationStartedSchema = responseSchema('VerificationStarted', { verificationId: 'string', status: oneOf(['running']) });

export const AccessLogPageSchema = pageSchema('AccessLogPage', { id: 'integer', actorId: 'string', actorRole: 'string', method: 'string', path: 'string', at: 'string' });
