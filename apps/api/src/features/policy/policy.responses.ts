import { oneOf, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';

export const PolicySchema = responseSchema('Policy', {
  thresholdHours: ['integer'],
  cardMinStarLevel: 'integer',
  requireSeparateVerifier: 'boolean',
  correctionDeadlineDays: 'integer',
  changes: [{ type: 'string', at: 'string', position: 'integer', thresholdHours: ['integer'], cardMinStarLevel: 'integer' }],
  creditRules: { giftMaxMinutes: 'integer', giftYearlyMinutes: 'integer', minAgeToRedeem: 'integer?', creditCapHours: 'integer?', capExcessTo: oneOf(['discard', 'pool']) },
});

export const StarThresholdsChangedSchema = writeResultSchema('StarThresholdsChanged', { thresholdHours: ['integer'] });
export const CardLevelChangedSchema = writeResultSchema('CardLevelChanged', { minStarLevel: 'integer' });
export const SeparateVerifierChangedSchema = writeResultSchema('SeparateVerifierRequirementChanged', { requireSeparateVerifier: 'boolean' });
export const CreditRulesChangedSchema = writeResultSchema('CreditRulesChanged', { giftMaxMinutes: 'integer', giftYearlyMinutes: 'integer', minAgeToRedeem: 'integer?', creditCapHours: 'integer?', capExcessTo: oneOf(['discard', 'pool']) });
export const CorrectionDeadlineChangedSchema = writeResultSchema('CorrectionDeadlineChanged', { correctionDeadlineDays: 'integer' });
