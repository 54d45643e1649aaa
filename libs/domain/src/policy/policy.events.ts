export type StarThresholdsChanged = {
  type: 'StarThresholdsChanged';
  data: { thresholdHours: number[]; previousThresholdHours: number[] };
};

export type CardLevelChanged = {
  type: 'CardLevelChanged';
  data: { minStarLevel: number; previousMinStarLevel: number };
};

/** The limits on moving credit between accounts (gifts to family). */
export interface CreditRules {
  giftMaxMinutes: number;
  giftYearlyMinutes: number;
  /** Spending one's own credits needs this age (Shanghai calendar); null: any age. */
  minAgeToRedeem: number | null;
}

export type CreditRulesChanged = { type: 'CreditRulesChanged'; data: { rules: CreditRules; previousRules: CreditRules } };

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | CreditRulesChanged;
