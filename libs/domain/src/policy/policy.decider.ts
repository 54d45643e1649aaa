import { DEFAULT_CORRECTION_DEADLINE_DAYS, isCorrectionDeadline } from '../correction-request/correction-request.decider';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { PolicyEvent } from './policy.events';
import { DEFAULT_CARD_LEVEL, DEFAULT_THRESHOLD_HOURS, STAR_LEVELS } from './star-level';

/** The street's one policy stream. */
export const POLICY_STREAM = 'policy-street';

export interface Policy {
  thresholdHours: readonly number[];
  cardMinStarLevel: number;
  requireSeparateVerifier: boolean;
  correctionDeadlineDays: number;
}

export type PolicyCommand =
  | { type: 'ChangeStarThresholds'; thresholdHours: number[] }
  | { type: 'ChangeCardLevel'; minStarLevel: number }
  | { type: 'SetSeparateVerifierRequirement'; requireSeparateVerifier: boolean }
  | { type: 'SetCorrectionDeadline'; correctionDeadlineDays: number };

export function initialPolicy(): Policy {
  return { thresholdHours: DEFAULT_THRESHOLD_HOURS, cardMinStarLevel: DEFAULT_CARD_LEVEL, requireSeparateVerifier: false, correctionDeadlineDays: DEFAULT_CORRECTION_DEADLINE_DAYS };
}

export function decidePolicy(command: PolicyCommand, policy: Policy): PolicyEvent[] {
  switch (command.type) {
    case 'ChangeStarThresholds': {
      const hours = command.thresholdHours;
      const valid =
        hours.length === STAR_LEVELS.length &&
        hours.every((h, i) => Number.isInteger(h) && h > 0 && h <= 1_000_000 && (i === 0 || h > hours[i - 1]));
      if (!valid) throw new DomainError('INVALID_STAR_THRESHOLDS', { thresholdHours: hours });
      return [{ type: 'StarThresholdsChanged', data: { thresholdHours: [...hours], previousThresholdHours: [...policy.thresholdHours] } }];
    }
    case 'ChangeCardLevel': {
      const level = command.minStarLevel;
      if (!Number.isInteger(level) || level < 1 || level > STAR_LEVELS.length) {
        throw new DomainError('INVALID_CARD_LEVEL', { minStarLevel: level });
      }
      return [{ type: 'CardLevelChanged', data: { minStarLevel: level, previousMinStarLevel: policy.cardMinStarLevel } }];
    }
    case 'SetSeparateVerifierRequirement':
      if (command.requireSeparateVerifier === policy.requireSeparateVerifier) return [];
      return [{ type: 'SeparateVerifierRequirementChanged', data: { requireSeparateVerifier: command.requireSeparateVerifier } }];
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

export function evolvePolicy(policy: Policy, event: PolicyEvent): Policy {
  switch (event.type) {
    case 'StarThresholdsChanged':
      return { ...policy, thresholdHours: event.data.thresholdHours };
    case 'CardLevelChanged':
      return { ...policy, cardMinStarLevel: event.data.minStarLevel };
    case 'SeparateVerifierRequirementChanged':
      return { ...policy, requireSeparateVerifier: event.data.requireSeparateVerifier };
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
