import { accountStream, timeAccountDecider, volunteerDecider, volunteerStream, type ProviderRecord } from '@shiji/domain';
import { CommandContext, type Actor } from '../../write-side/command-context';
import { creditCapInForce } from '../../write-side/credit-cap';
import type { EventSourcedRepository } from '../../write-side/event-sourced-repository';

/** What a redemption, from a card or from a pool grant, owes the volunteer who gave the service. */
export interface ProviderPayment {
  redemptionId: string;
  providerVolunteerId: string;
  providerRecord: ProviderRecord;
  minutes: number;
  description: string;
  intent: { eventId: string; actor: Actor; correlationId: string };
}

/**
 * The second step of a redemption: the provider's service recorded and
 * verified on their account, naming the redemption, with the id the intent
 * fixed, so a retry finds it there. The staff member who redeemed answers for
 * it: the redemption is its verification. Runs under the move's lock.
 */
export async function payProvider(repository: EventSourcedRepository, payment: ProviderPayment, now: Date): Promise<number | null> {
  const { state: volunteer } = await repository.load(volunteerStream(payment.providerVolunteerId), volunteerDecider, { latest: true });
  const { recordId, startedAt, category } = payment.providerRecord;
  const context = CommandContext.followUp(payment.intent, 'credit-provider', now);
  const { position } = await repository.handle(
    accountStream(payment.providerVolunteerId),
    timeAccountDecider,
    {
      type: 'RecordService',
      recordId,
      volunteerId: payment.providerVolunteerId,
      volunteer,
      activity: null,
      activityId: null,
      category,
      description: payment.description,
      startedAt: new Date(startedAt),
      minutes: payment.minutes,
      verify: true,
      redemptionId: payment.redemptionId,
      now,
      recordedBy: context.actor.id,
      requireSeparateVerifier: false,
      creditCap: await creditCapInForce(repository),
    },
    context,
  );
  return position;
}
