import type { RankingWeights } from '../unit/ranking';

export type StarThresholdsChanged = {
  type: 'StarThresholdsChanged';
  data: { thresholdHours: number[]; previousThresholdHours: number[] };
};

export type CardLevelChanged = {
  type: 'CardLevelChanged';
  data: { minStarLevel: number; previousMinStarLevel: number };
};

/** The weights of the year-end ranking of units and teams (see unit/ranking.ts). */
export type RankingWeightsChanged = {
  type: 'RankingWeightsChanged';
  data: { weights: RankingWeights; previousWeights: RankingWeights };
};

/** 谁记录谁证明: when required, whoever recorded a service cannot also verify it. */
export type SeparateVerifierRequirementChanged = {
  type: 'SeparateVerifierRequirementChanged';
  data: { requireSeparateVerifier: boolean };
};

/** 异议: the days staff have to answer a correction request, counted in Shanghai days from the day it was filed. */
export type CorrectionDeadlineChanged = {
  type: 'CorrectionDeadlineChanged';
  data: { correctionDeadlineDays: number };
};

/** The limits on moving credit between accounts (gifts to family). */
export interface CreditRules {
  giftMaxMinutes: number;
  giftYearlyMinutes: number;
  /** Spending one's own credits needs this age (Shanghai calendar); null: any age. */
  minAgeToRedeem: number | null;
  /** The storage cap on credit, in hours; null: none. */
  creditCapHours: number | null;
  /** What a deposit past the cap does with the excess: not stored, or sent to the community pool. */
  capExcessTo: 'discard' | 'pool';
}

export type CreditRulesChanged = { type: 'CreditRulesChanged'; data: { rules: CreditRules; previousRules: CreditRules } };

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | RankingWeightsChanged | SeparateVerifierRequirementChanged | CreditRulesChanged | CorrectionDeadlineChanged;
