import { responseSchema } from '../../platform/docs/response-schema';

export const PolicySchema = responseSchema('Policy', {
  thresholdHours: ['number'],
  cardMinStarLevel: 'integer',
  changes: [{ type: 'string', at: 'string', position: 'integer', thresholdHours: ['number'], cardMinStarLevel: 'integer' }],
});
