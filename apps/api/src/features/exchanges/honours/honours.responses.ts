import { responseSchema, writeResultSchema } from '../../../platform/docs/response-schema';

export const HonourRollEntrySchema = responseSchema('HonourRollEntry', {
  rank: 'integer',
  volunteerId: 'string',
  name: 'string?',
  communityId: 'string?',
  communityName: 'string?',
  verifiedMinutes: 'integer',
  verifiedHours: 'number',
  records: 'integer',
  starLevel: 'integer',
});
export const HonourRollSchema = responseSchema('HonourRoll', { year: 'integer', communityId: 'string?', items: [HonourRollEntrySchema] });

export const BadgesDueSchema = responseSchema('BadgesDue', {
  communityId: 'string',
  items: [{ volunteerId: 'string', name: 'string?', starLevel: 'integer', highestCertifiedStarLevel: 'integer' }],
});

export const StarLevelCertifiedSchema = writeResultSchema('StarLevelCertified', { volunteerId: 'string', starLevel: 'integer' });
