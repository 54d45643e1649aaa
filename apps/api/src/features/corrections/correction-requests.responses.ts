import { oneOf, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';

export const CorrectionRequestSchema = responseSchema('CorrectionRequest', {
  requestId: 'string',
  volunteerId: 'string',
  communityId: 'string',
  recordId: 'string?',
  reason: 'string',
  filedBy: 'string',
  filedAt: 'string',
  status: oneOf(['open', 'accepted', 'rejected']),
  correctionRecordId: 'string?',
  rejectionReason: 'string?',
  answeredBy: 'string?',
  answeredAt: 'string?',
  answerDue: 'string',
  overdue: 'boolean',
});

export const CorrectionRequestListSchema = responseSchema('CorrectionRequestList', { correctionDeadlineDays: 'integer', items: [CorrectionRequestSchema] });

export const CorrectionRequestFiledSchema = writeResultSchema('CorrectionRequestFiled', { requestId: 'string', volunteerId: 'string' });
export const CorrectionRequestAnsweredSchema = writeResultSchema('CorrectionRequestAnswered', { requestId: 'string', status: oneOf(['accepted', 'rejected']), correctionRecordId: 'string?' });
