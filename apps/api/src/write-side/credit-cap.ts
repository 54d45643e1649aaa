import { creditCapOf, POLICY_STREAM, policyDecider, type CreditCap } from '@shiji/domain';
import type { EventSourcedRepository } from './event-sourced-repository';

/** The storage cap in force, for a command that deposits credit; undefined where the street sets none. */
export async function creditCapInForce(repository: EventSourcedRepository): Promise<CreditCap | undefined> {
  const { state: policy } = await repository.load(POLICY_STREAM, policyDecider);
  return creditCapOf(policy.creditRules);
}
