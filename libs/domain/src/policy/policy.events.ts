export type StarThresholdsChanged = {
  type: 'StarThresholdsChanged';
  data: { thresholdHours: number[]; previousThresholdHours: number[] };
};

export type CardLevelChanged = {
  type: 'CardLevelChanged';
  data: { minStarLevel: number; previousMinStarLevel: number };
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

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | SeparateVerifierRequirementChanged | CorrectionDeadlineChanged;
