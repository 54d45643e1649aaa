import { oneOf, responseSchema } from '../../platform/docs/response-schema';

export const RowErrorSchema = responseSchema('RosterRowError', {
  row: 'integer',
  field: oneOf(['name', 'phone', 'partyMember', 'team']),
  code: oneOf(['NAME_MISSING', 'NAME_TOO_LONG', 'PHONE_INVALID', 'PHONE_DUPLICATE_IN_FILE', 'PHONE_ALREADY_REGISTERED', 'TEAM_UNKNOWN', 'PARTY_MEMBER_INVALID']),
  message: 'string',
});

export const RosterDryRunSchema = responseSchema('RosterDryRun', { rows: 'integer', validRows: 'integer', errors: [RowErrorSchema] });

export const RosterImportSchema = responseSchema('RosterImport', {
  importId: 'string',
  communityId: 'string',
  fileSha256: 'string',
  status: oneOf(['running', 'completed', 'failed']),
  rows: 'integer',
  validRows: 'integer',
  processed: 'integer',
  registered: 'integer',
  refusedRows: 'integer',
  errors: [RowErrorSchema],
  startedAt: 'string',
  finishedAt: 'string?',
  failure: 'string?',
});
