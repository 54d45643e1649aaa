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
  /** The storage cap on credit, in hours; null: none. */
  creditCapHours: number | null;
  /** What a deposit past the cap does with the excess: not stored, or sent to the community pool. */
  capExcessTo: 'discard' | 'pool';
}

export type CreditRulesChanged = { type: 'CreditRulesChanged'; data: { rules: CreditRules; previousRules: CreditRules } };

export type PolicyEvent = StarThresholdsChanged | CardLevelChanged | CreditRulesChanged;
