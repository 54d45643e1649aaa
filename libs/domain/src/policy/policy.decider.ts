import { DEFAULT_CORRECTION_DEADLINE_DAYS, isCorrectionDeadline } from '../correction-request/correction-request.decider';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { CreditRules, PolicyEvent } from './policy.events';
import { DEFAULT_CARD_LEVEL, DEFAULT_THRESHOLD_HOURS, STAR_LEVELS } from './star-level';
import { DEFAULT_RANKING_WEIGHTS, validRankingWeights, type RankingWeights } from '../unit/ranking';

/** The street's one policy stream. */
export const POLICY_STREAM = 'policy-street';

export interface Policy {
  thresholdHours: readonly number[];
  cardMinStarLevel: number;
  /** Absent until changed: DEFAULT_RANKING_WEIGHTS. */
  rankingWeights?: RankingWeights;
  requireSeparateVerifier: boolean;
  creditRules: CreditRules;
  correctionDeadlineDays: number;
}

/** Gifts to family, by default: at most 10 hours a gift and 50 hours a Shanghai year; no age rule, no storage cap. */
export const DEFAULT_CREDIT_RULES: CreditRules = { giftMaxMinutes: 600, giftYearlyMinutes: 3000, minAgeToRedeem: null, creditCapHours: null, capExcessTo: 'pool' };
/** No street gives more than a year of full days. */
const MAX_RULE_MINUTES = 525_600;

export type PolicyCommand =
  | { type: 'ChangeStarThresholds'; thresholdHours: number[] }
  | { type: 'ChangeCardLevel'; minStarLevel: number }
  | { type: 'ChangeRankingWeights'; weights: RankingWeights }
  | { type: 'SetSeparateVerifierRequirement'; requireSeparateVerifier: boolean }
  | { type: 'ChangeCreditRules'; rules: CreditRules }
  | { type: 'SetCorrectionDeadline'; correctionDeadlineDays: number };

/** The storage cap the rules set, in minutes, as a deposit reads it; undefined without one. */
export function creditCapOf(rules: CreditRules): { capMinutes: number; excessTo: 'discard' | 'pool' } | undefined {
  return rules.creditCapHours === null ? undefined : { capMinutes: rules.creditCapHours * 60, excessTo: rules.capExcessTo };
}

export function initialPolicy(): Policy {
  return { thresholdHours: DEFAULT_THRESHOLD_HOURS, cardMinStarLevel: DEFAULT_CARD_LEVEL, creditRules: DEFAULT_CREDIT_RULES, requireSeparateVerifier: false, correctionDeadlineDays: DEFAULT_CORRECTION_DEADLINE_DAYS };
}

export function decidePolicy(command: PolicyCommand, policy: Policy): PolicyEvent[] {
  switch (command.type) {
    case 'ChangeStarThresholds': {
      const hours = command.thresholdHours;
      const valid =
        hours.length === STAR_LEVELS.length &&
        hours.every((h, i) => Number.isInteger(h) && h > 0 && h <= 1_000_000 && (i === 0 || h > hours[i - 1]));
      if (!valid) throw new DomainError('INVALID_STAR_THRESHOLDS', { thresholdHours: hours });
      if (hours.every((h, i) => h === policy.thresholdHours[i])) return [];
      return [{ type: 'StarThresholdsChanged', data: { thresholdHours: [...hours], previousThresholdHours: [...policy.thresholdHours] } }];
    }
    case 'ChangeCardLevel': {
      const level = command.minStarLevel;
      if (!Number.isInteger(level) || level < 1 || level > STAR_LEVELS.length) {
        throw new DomainError('INVALID_CARD_LEVEL', { minStarLevel: level });
      }
      if (level === policy.cardMinStarLevel) return [];
      return [{ type: 'CardLevelChanged', data: { minStarLevel: level, previousMinStarLevel: policy.cardMinStarLevel } }];
    }
    case 'ChangeRankingWeights': {
      if (!validRankingWeights(command.weights)) throw new DomainError('INVALID_RANKING_WEIGHTS', { weights: command.weights });
      const { hoursPerMember, participationRate, projectsDelivered, appraisal } = command.weights;
      const weights = { hoursPerMember, participationRate, projectsDelivered, appraisal };
      const previousWeights = policy.rankingWeights ?? DEFAULT_RANKING_WEIGHTS;
      if (sameFields(weights, previousWeights)) return [];
      return [{ type: 'RankingWeightsChanged', data: { weights, previousWeights } }];
    }
    case 'SetSeparateVerifierRequirement':
      if (command.requireSeparateVerifier === policy.requireSeparateVerifier) return [];
      return [{ type: 'SeparateVerifierRequirementChanged', data: { requireSeparateVerifier: command.requireSeparateVerifier } }];
    case 'ChangeCreditRules': {
      const { rules } = command;
      const valid = [rules.giftMaxMinutes, rules.giftYearlyMinutes].every((minutes) => Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_RULE_MINUTES);
      const age = rules.minAgeToRedeem;
      const cap = rules.creditCapHours;
      const ageValid = age === null || (Number.isInteger(age) && age >= 0 && age <= 150);
      const capValid = (cap === null || (Number.isInteger(cap) && cap >= 1 && cap <= 1_000_000)) && ['discard', 'pool'].includes(rules.capExcessTo);
      if (!valid || !ageValid || !capValid) throw new DomainError('INVALID_CREDIT_RULES', { rules });
      if (sameFields(rules, { ...DEFAULT_CREDIT_RULES, ...policy.creditRules })) return [];
      return [{ type: 'CreditRulesChanged', data: { rules: { ...rules }, previousRules: { ...policy.creditRules } } }];
    }
    case 'SetCorrectionDeadline': {
      const days = command.correctionDeadlineDays;
      if (!isCorrectionDeadline(days)) throw new DomainError('INVALID_CORRECTION_DEADLINE', { correctionDeadlineDays: days });
      if (days === policy.correctionDeadlineDays) return [];
      return [{ type: 'CorrectionDeadlineChanged', data: { correctionDeadlineDays: days } }];
    }
    default:
      return assertNever(command);
  }
}

/** Whether `next` sets every field of `current` to what it already is: a change that changes nothing appends nothing. */
function sameFields<T extends object>(next: T, current: T): boolean {
  return (Object.keys(current) as Array<keyof T>).every((key) => next[key] === current[key]);
}

export function evolvePolicy(policy: Policy, event: PolicyEvent): Policy {
  switch (event.type) {
    case 'StarThresholdsChanged':
      return { ...policy, thresholdHours: event.data.thresholdHours };
    case 'CardLevelChanged':
      return { ...policy, cardMinStarLevel: event.data.minStarLevel };
    case 'RankingWeightsChanged':
      return { ...policy, rankingWeights: event.data.weights };
    case 'SeparateVerifierRequirementChanged':
      return { ...policy, requireSeparateVerifier: event.data.requireSeparateVerifier };
    case 'CreditRulesChanged':
      return { ...policy, creditRules: event.data.rules };
    case 'CorrectionDeadlineChanged':
      return { ...policy, correctionDeadlineDays: event.data.correctionDeadlineDays };
    default:
      return assertNever(event);
  }
}

export const policyDecider: Decider<PolicyCommand, PolicyEvent, Policy> = {
  decide: decidePolicy,
  evolve: evolvePolicy,
  initialState: initialPolicy,
};
