export type StarThresholdsChanged = {
  type: 'StarThresholdsChanged';
  data: { thresholdHours: number[]; previousThresholdHours: number[] };
};

export type CardLevelChanged = {
  type: 'CardLevelChanged';
  data: { minStarLevel: number; previousMinStarLevel: number };
};

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged;
