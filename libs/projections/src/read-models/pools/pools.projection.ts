import { assertNever, type SealedPersonalData } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { DocumentRef } from '../../runner/projection';

/** A community's donation pool (公益时间池): its balance and what went in and out. */
export interface PoolView extends Record<string, unknown> {
  communityId: string;
  balanceMinutes: number;
  donatedMinutes: number;
  grantedMinutes: number;
  /** Sent by deposits past the storage cap. */
  capExcessMinutes: number;
}

/** One line of a pool's statement, written when the pool's own stream moves. */
export interface PoolLedgerEntry extends Record<string, unknown> {
  entryId: string;
  communityId: string;
  kind: 'donation' | 'grant' | 'cap_excess';
  /** The donation, the grant, or the service record whose deposit passed the cap. */
  reference: string;
  volunteerId: string | null;
  beneficiaryId: string | null;
  minutesDelta: number;
  balanceAfter: number;
  reason: string | null;
  occurredAt: string;
  position: number;
}

/** A resident in need, their name and phone sealed as the event holds them, and the pool credit granted to them. */
export interface BeneficiaryView extends Record<string, unknown> {
  beneficiaryId: string;
  communityId: string;
  personal: SealedPersonalData;
  grantedMinutes: number;
  /** Spent on service for them (refunds taken off). */
  redeemedMinutes: number;
  /** Granted credit left to spend. */
  balanceMinutes: number;
  /** Given by family members (set from the first family gift on). */
  giftedMinutes?: number;
  registeredAt: string;
  /** When their name and phone were erased; null while they can be read. */
  erasedAt: string | null;
}

/** One line of a resident's grant statement: a grant, a service paid from it, or that payment refunded. */
export interface BeneficiaryLedgerEntry extends Record<string, unknown> {
  entryId: string;
  beneficiaryId: string;
  communityId: string;
  kind: 'grant' | 'redemption' | 'redemption_refunded' | 'family_gift' | 'family_gift_refused';
  /** The grant, the redemption or the family gift. */
  reference: string;
  providerVolunteerId: string | null;
  description: string | null;
  minutesDelta: number;
  balanceAfter: number;
  refusalCode: string | null;
  occurredAt: string;
  position: number;
}

export const emptyPool = (communityId: string): PoolView => ({ communityId, balanceMinutes: 0, donatedMinutes: 0, grantedMinutes: 0, capExcessMinutes: 0 });

export const poolsProjection = defineProjection({
  name: 'pools',
  collections: [
    { name: 'pools', columns: [] },
    { name: 'pool_ledger', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    { name: 'beneficiaries', columns: [{ name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true }] },
    { name: 'beneficiary_ledger', columns: [{ name: 'beneficiary_id', expression: "(data->>'beneficiaryId')", type: 'text', indexed: true }] },
  ],
  canHandle: ['PoolDonationReceived', 'PoolGranted', 'PoolExcessReceived', 'BeneficiaryRegistered', 'GrantReceived', 'GrantRedeemed', 'GrantRedemptionRefunded', 'BeneficiaryErased', 'BeneficiaryGiftReceived', 'BeneficiaryGiftRefused'],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'PoolDonationReceived':
      case 'PoolGranted':
      case 'PoolExcessReceived':
        return [{ collection: 'pools', id: event.data.communityId }];
      case 'BeneficiaryRegistered':
      case 'GrantReceived':
      case 'GrantRedeemed':
      case 'GrantRedemptionRefunded':
      case 'BeneficiaryErased':
      case 'BeneficiaryGiftReceived':
      case 'BeneficiaryGiftRefused':
        return [{ collection: 'beneficiaries', id: event.data.beneficiaryId }];
      default:
        return assertNever(event);
    }
  },

  evolve(event, documents): void {
    const { position, eventId, metadata } = event;
    switch (event.type) {
      case 'PoolDonationReceived':
      case 'PoolGranted': {
        const { communityId, minutes } = event.data;
        const pool = documents.get<PoolView>('pools', communityId) ?? emptyPool(communityId);
        const donation = event.type === 'PoolDonationReceived';
        const next: PoolView = donation
          ? { ...pool, balanceMinutes: pool.balanceMinutes + minutes, donatedMinutes: pool.donatedMinutes + minutes }
          : { ...pool, balanceMinutes: pool.balanceMinutes - minutes, grantedMinutes: pool.grantedMinutes + minutes };
        documents.put('pools', communityId, next, position);
        const line: PoolLedgerEntry = {
          entryId: eventId,
          communityId,
          kind: donation ? 'donation' : 'grant',
          reference: donation ? event.data.donationId : event.data.grantId,
          volunteerId: donation ? event.data.fromVolunteerId : null,
          beneficiaryId: donation ? null : event.data.beneficiaryId,
          minutesDelta: donation ? minutes : -minutes,
          balanceAfter: next.balanceMinutes,
          reason: donation ? null : event.data.reason,
          occurredAt: metadata.occurredAt,
          position,
        };
        documents.put('pool_ledger', eventId, line, position);
        return;
      }
      case 'PoolExcessReceived': {
        const { communityId, minutes, recordId, volunteerId } = event.data;
        const pool = documents.get<PoolView>('pools', communityId) ?? emptyPool(communityId);
        const next: PoolView = { ...pool, balanceMinutes: pool.balanceMinutes + minutes, capExcessMinutes: pool.capExcessMinutes + minutes };
        documents.put('pools', communityId, next, position);
        const line: PoolLedgerEntry = {
          entryId: eventId, communityId, kind: 'cap_excess', reference: recordId, volunteerId, beneficiaryId: null,
          minutesDelta: minutes, balanceAfter: next.balanceMinutes, reason: null, occurredAt: metadata.occurredAt, position,
        };
        documents.put('pool_ledger', eventId, line, position);
        return;
      }
      case 'BeneficiaryRegistered': {
        const { beneficiaryId, communityId, personal } = event.data;
        const view: BeneficiaryView = { beneficiaryId, communityId, personal, grantedMinutes: 0, redeemedMinutes: 0, balanceMinutes: 0, registeredAt: metadata.occurredAt, erasedAt: null };
        documents.put('beneficiaries', beneficiaryId, view, position);
        return;
      }
      case 'BeneficiaryErased': {
        const view = documents.get<BeneficiaryView>('beneficiaries', event.data.beneficiaryId);
        if (view) documents.put('beneficiaries', view.beneficiaryId, { ...view, erasedAt: metadata.occurredAt }, position);
        return;
      }
      case 'BeneficiaryGiftReceived':
      case 'BeneficiaryGiftRefused': {
        const view = documents.get<BeneficiaryView>('beneficiaries', event.data.beneficiaryId);
        if (!view) return;
        const received = event.type === 'BeneficiaryGiftReceived';
        const delta = received ? event.data.minutes : 0;
        const next: BeneficiaryView = received ? { ...view, giftedMinutes: (view.giftedMinutes ?? 0) + delta, balanceMinutes: view.balanceMinutes + delta } : view;
        if (received) documents.put('beneficiaries', view.beneficiaryId, next, position);
        const line: BeneficiaryLedgerEntry = {
          entryId: eventId,
          beneficiaryId: view.beneficiaryId,
          communityId: view.communityId,
          kind: received ? 'family_gift' : 'family_gift_refused',
          reference: event.data.giftId,
          providerVolunteerId: null,
          description: received ? `家人转赠 / a family gift from ${event.data.fromVolunteerId}` : event.data.reason,
          minutesDelta: delta,
          balanceAfter: next.balanceMinutes,
          refusalCode: received ? null : event.data.refusal.code,
          occurredAt: metadata.occurredAt,
          position,
        };
        documents.put('beneficiary_ledger', eventId, line, position);
        return;
      }
      case 'GrantReceived':
      case 'GrantRedeemed':
      case 'GrantRedemptionRefunded': {
        const view = documents.get<BeneficiaryView>('beneficiaries', event.data.beneficiaryId);
        if (!view) return;
        const { minutes } = event.data;
        const delta = event.type === 'GrantRedeemed' ? -minutes : minutes;
        const next: BeneficiaryView =
          event.type === 'GrantReceived'
            ? { ...view, grantedMinutes: view.grantedMinutes + minutes, balanceMinutes: view.balanceMinutes + minutes }
            : { ...view, redeemedMinutes: view.redeemedMinutes - delta, balanceMinutes: view.balanceMinutes + delta };
        documents.put('beneficiaries', view.beneficiaryId, next, position);
        const line: BeneficiaryLedgerEntry = {
          entryId: eventId,
          beneficiaryId: view.beneficiaryId,
          communityId: view.communityId,
          kind: event.type === 'GrantReceived' ? 'grant' : event.type === 'GrantRedeemed' ? 'redemption' : 'redemption_refunded',
          reference: event.type === 'GrantReceived' ? event.data.grantId : event.data.redemptionId,
          providerVolunteerId: event.type === 'GrantRedeemed' ? event.data.providerVolunteerId : null,
          description: event.type === 'GrantRedeemed' ? event.data.description : null,
          minutesDelta: delta,
          balanceAfter: next.balanceMinutes,
          refusalCode: event.type === 'GrantRedemptionRefunded' ? event.data.refusal.code : null,
          occurredAt: metadata.occurredAt,
          position,
        };
        documents.put('beneficiary_ledger', eventId, line, position);
        return;
      }
      default:
        assertNever(event);
    }
  },
});
