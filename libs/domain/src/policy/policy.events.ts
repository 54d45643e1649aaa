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

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | RankingWeightsChanged | SeparateVerifierRequirementChanged;
