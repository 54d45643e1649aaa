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

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | RankingWeightsChanged;
