import type { ProviderRecord } from '@shiji/domain';
import type { RedemptionTransferView } from '@shiji/projections';
import type { Actor } from '../../../write-side/command-context';

/**
 * A redemption that pays its provider, as a move between two accounts: the
 * holder's debit (the intent, already stored) and the provider's record that
 * follows it. Built the same way by the request that began it and by the
 * process manager from the transfers view, so both take the same step.
 */
export interface RedemptionMove {
  transferId: string;
  redemptionId: string;
  holderVolunteerId: string;
  holderCommunityId: string | undefined;
  providerVolunteerId: string;
  providerRecord: ProviderRecord;
  minutes: number;
  description: string;
  intent: { eventId: string; actor: Actor; correlationId: string };
}

export function redemptionMoveOf(transfer: RedemptionTransferView): RedemptionMove {
  return {
    transferId: transfer.transferId,
    redemptionId: transfer.redemptionId,
    holderVolunteerId: transfer.fromVolunteerId,
    holderCommunityId: transfer.communityId ?? undefined,
    providerVolunteerId: transfer.toVolunteerId,
    providerRecord: transfer.providerRecord as ProviderRecord,
    minutes: transfer.minutes,
    description: transfer.description,
    intent: { eventId: transfer.intent.eventId, actor: transfer.intent.actor, correlationId: transfer.intent.correlationId },
  };
}
