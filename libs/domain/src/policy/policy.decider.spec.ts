import { fold, initialPolicy, policyDecider, type PolicyEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(policyDecider);

const thresholdsChanged = (thresholdHours: number[], previousThresholdHours: number[]): PolicyEvent => ({
  type: 'StarThresholdsChanged',
  data: { thresholdHours, previousThresholdHours },
});

describe('policy', () => {
  it('starts from the national thresholds with the card at ★★★★★', () => {
    expect(initialPolicy()).toEqual({ thresholdHours: [100, 300, 600, 1000, 1500], cardMinStarLevel: 5, requireSeparateVerifier: false, correctionDeadlineDays: 15, creditRules: { giftMaxMinutes: 600, giftYearlyMinutes: 3000, minAgeToRedeem: null, creditCapHours: null, capExcessTo: 'pool' } });
  });

  describe('star thresholds', () => {
    it('an admin may change them; the event keeps the previous ones', () => {
      spec
        .given([])
        .when({ type: 'ChangeStarThresholds', thresholdHours: [50, 150, 300, 500, 800] })
        .then([thresholdsChanged([50, 150, 300, 500, 800], [100, 300, 600, 1000, 1500])]);
    });

    it('a later change names the thresholds it replaces', () => {
      spec
        .given([thresholdsChanged([50, 150, 300, 500, 800], [100, 300, 600, 1000, 1500])])
        .when({ type: 'ChangeStarThresholds', thresholdHours: [10, 20, 30, 40, 50] })
        .then([thresholdsChanged([10, 20, 30, 40, 50], [50, 150, 300, 500, 800])]);
    });

    it('setting the thresholds that already hold changes nothing', () => {
      spec.given([]).when({ type: 'ChangeStarThresholds', thresholdHours: [100, 300, 600, 1000, 1500] }).then([]);
      spec.given([thresholdsChanged([10, 20, 30, 40, 50], [100, 300, 600, 1000, 1500])]).when({ type: 'ChangeStarThresholds', thresholdHours: [10, 20, 30, 40, 50] }).then([]);
    });

    it.each([
      ['four levels', [100, 300, 600, 1000]],
      ['six levels', [100, 300, 600, 1000, 1500, 2000]],
      ['a repeated threshold', [100, 300, 300, 1000, 1500]],
      ['a falling threshold', [100, 300, 600, 500, 1500]],
      ['a zero threshold', [0, 300, 600, 1000, 1500]],
      ['a negative threshold', [-100, 300, 600, 1000, 1500]],
      ['a fractional threshold', [100.5, 300, 600, 1000, 1500]],
    ])('refuses %s', (_case, thresholdHours) => {
      spec.given([]).when({ type: 'ChangeStarThresholds', thresholdHours }).thenThrows('INVALID_STAR_THRESHOLDS', { thresholdHours });
    });

    it('applies from the moment it is made', () => {
      const policy = fold(policyDecider, [thresholdsChanged([10, 20, 30, 40, 50], [100, 300, 600, 1000, 1500])]);
      expect(policy.thresholdHours).toEqual([10, 20, 30, 40, 50]);
      expect(policy.cardMinStarLevel).toBe(5);
    });
  });

  describe('card level', () => {
    it.each([1, 2, 3, 4])('may be ★×%p', (minStarLevel) => {
      spec.given([]).when({ type: 'ChangeCardLevel', minStarLevel }).then([{ type: 'CardLevelChanged', data: { minStarLevel, previousMinStarLevel: 5 } }]);
    });

    it('setting the level that already holds changes nothing', () => {
      spec.given([]).when({ type: 'ChangeCardLevel', minStarLevel: 5 }).then([]);
      spec.given([{ type: 'CardLevelChanged', data: { minStarLevel: 3, previousMinStarLevel: 5 } }]).when({ type: 'ChangeCardLevel', minStarLevel: 5 }).then([{ type: 'CardLevelChanged', data: { minStarLevel: 5, previousMinStarLevel: 3 } }]);
    });

    it.each([0, 6, 4.5, -1])('may not be %p', (minStarLevel) => {
      spec.given([]).when({ type: 'ChangeCardLevel', minStarLevel }).thenThrows('INVALID_CARD_LEVEL', { minStarLevel });
    });

    it('applies from the moment it is made', () => {
      const policy = fold(policyDecider, [{ type: 'CardLevelChanged', data: { minStarLevel: 4, previousMinStarLevel: 5 } }]);
      expect(policy).toMatchObject({ thresholdHours: [100, 300, 600, 1000, 1500], cardMinStarLevel: 4, requireSeparateVerifier: false, correctionDeadlineDays: 15 });
    });
  });

  describe('a separate verifier (谁记录谁证明)', () => {
    const changed = (requireSeparateVerifier: boolean): PolicyEvent => ({ type: 'SeparateVerifierRequirementChanged', data: { requireSeparateVerifier } });

    it('is off by default and turned on by an event', () => {
      spec.given([]).when({ type: 'SetSeparateVerifierRequirement', requireSeparateVerifier: true }).then([changed(true)]);
      expect(fold(policyDecider, [changed(true)]).requireSeparateVerifier).toBe(true);
    });

    it('setting what already holds changes nothing', () => {
      spec.given([changed(true)]).when({ type: 'SetSeparateVerifierRequirement', requireSeparateVerifier: true }).then([]);
      spec.given([]).when({ type: 'SetSeparateVerifierRequirement', requireSeparateVerifier: false }).then([]);
    });
  });


  describe('credit rules', () => {
    const defaults = { giftMaxMinutes: 600, giftYearlyMinutes: 3000, minAgeToRedeem: null, creditCapHours: null, capExcessTo: 'pool' as const };

    it('an admin may change the gift limits; the event keeps the previous ones, and they apply from then on', () => {
      const rules = { giftMaxMinutes: 60, giftYearlyMinutes: 0, minAgeToRedeem: 60, creditCapHours: 1500, capExcessTo: 'discard' as const };
      spec.given([]).when({ type: 'ChangeCreditRules', rules }).then([{ type: 'CreditRulesChanged', data: { rules, previousRules: defaults } }]);
      expect(fold(policyDecider, [{ type: 'CreditRulesChanged', data: { rules, previousRules: defaults } }]).creditRules).toEqual(rules);
    });

    it('setting the rules that already hold changes nothing; changing one field is a change', () => {
      spec.given([]).when({ type: 'ChangeCreditRules', rules: defaults }).then([]);
      spec.given([]).when({ type: 'ChangeCreditRules', rules: { ...defaults, creditCapHours: 100 } }).then([{ type: 'CreditRulesChanged', data: { rules: { ...defaults, creditCapHours: 100 }, previousRules: defaults } }]);
    });

    it.each([-1, 1.5, 525_601])('refuses a limit of %p minutes', (minutes) => {
      spec.given([]).when({ type: 'ChangeCreditRules', rules: { ...defaults, giftYearlyMinutes: minutes } }).thenThrows('INVALID_CREDIT_RULES');
    });

    it.each([-1, 59.5, 151])('refuses an age of %p', (minAgeToRedeem) => {
      spec.given([]).when({ type: 'ChangeCreditRules', rules: { ...defaults, minAgeToRedeem } }).thenThrows('INVALID_CREDIT_RULES');
    });
  });

  describe('correction deadline (异议答复期限)', () => {
    it('is 15 days by default and changed by an event', () => {
      spec.given([]).when({ type: 'SetCorrectionDeadline', correctionDeadlineDays: 0 }).then([{ type: 'CorrectionDeadlineChanged', data: { correctionDeadlineDays: 0 } }]);
      expect(fold(policyDecider, [{ type: 'CorrectionDeadlineChanged', data: { correctionDeadlineDays: 30 } }]).correctionDeadlineDays).toBe(30);
    });

    it('setting what already holds changes nothing', () => {
      spec.given([]).when({ type: 'SetCorrectionDeadline', correctionDeadlineDays: 15 }).then([]);
    });

    it.each([-1, 1.5, 366])('may not be %p days', (correctionDeadlineDays) => {
      spec.given([]).when({ type: 'SetCorrectionDeadline', correctionDeadlineDays }).thenThrows('INVALID_CORRECTION_DEADLINE', { correctionDeadlineDays });
    });
  });
});
