import type { AccountEvent } from '@shiji/domain';
import type { ProjectedEvent } from '../../runner/define-projection';
import type { AccountView } from './account-view';

export const LEDGER_KINDS = ['verified', 'corrected', 'redeemed', 'redemption_reversed', 'gift_given', 'gift_received', 'gift_refused', 'gift_returned', 'donated', 'capped'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry extends Record<string, unknown> {
  entryId: string;
  volunteerId: string;
  kind: LedgerKind;
  /** The service record or redemption the entry is about. */
  reference: string;
  lifetimeDelta: number;
  creditDelta: number;
  lifetimeAfter: number;
  creditAfter: number;
  starLevelAfter: number;
  reason: string | null;
  eventId: string;
  position: number;
  occurredAt: string;
}

/** The ledger line an account event writes, given the account view after it; null for events that move no minutes. */
export function ledgerEntryFor(event: ProjectedEvent<AccountEvent['type']>, after: AccountView, before: AccountView): LedgerEntry | null {
  const base = (kind: LedgerKind, reference: string, reason: string | null): LedgerEntry => ({
    entryId: event.eventId,
    volunteerId: after.volunteerId,
    kind,
    reference,
    lifetimeDelta: after.lifetimeMinutes - before.lifetimeMinutes,
    creditDelta: after.creditMinutes - before.creditMinutes,
    lifetimeAfter: after.lifetimeMinutes,
    creditAfter: after.creditMinutes,
    starLevelAfter: after.starLevel,
    reason,
    eventId: event.eventId,
    position: event.position,
    occurredAt: event.metadata.occurredAt,
  });
  switch (event.type) {
    case 'ServiceVerified':
      return base('verified', event.data.recordId, null);
    case 'ServiceCorrected':
      return event.data.verified ? base('corrected', event.data.recordId, event.data.reason) : null;
    case 'CreditsRedeemed':
      return base('redeemed', event.data.redemptionId, event.data.description);
    case 'RedemptionReversed':
      return base('redemption_reversed', event.data.redemptionId, event.data.reason);
    case 'CreditsGiven':
      return base('gift_given', event.data.giftId, `转赠给 / given to ${event.data.toVolunteerId}`);
    case 'CreditsGivenToBeneficiary':
      return base('gift_given', event.data.giftId, `转赠给受助家人 / given to a resident in need in the family (${event.data.beneficiaryId})`);
    case 'GiftReceived':
      return base('gift_received', event.data.giftId, `受赠于 / received from ${event.data.fromVolunteerId}`);
    case 'CreditCapped': {
      const to = event.data.excessTo === 'pool' ? '转入公益时间池 / sent to the community pool' : '不予储存 / not stored';
      return base('capped', event.data.recordId, `超过存储上限 ${event.data.capMinutes / 60} 小时，${to} / over the ${event.data.capMinutes / 60}-hour storage cap`);
    }
    case 'CreditsDonated':
      return base('donated', event.data.donationId, `捐入公益时间池 / donated to the community pool (${event.data.communityId})`);
    case 'GiftRefused':
      return base('gift_refused', event.data.giftId, event.data.reason);
    case 'GiftReturned':
      return base('gift_returned', event.data.giftId, event.data.reason);
    default:
      return null;
  }
}
