import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import type { ProviderRecord, Refusal } from '../account/account.events';
import { capIdOf } from '../account/gift.events';
import { isWholeMinutes, MAX_MINUTES_PER_RECORD } from '../shared/minutes';
import type { SealedPersonalData } from '../volunteer/volunteer.decider';

/** A community's donation pool (公益时间池): one stream per community. */
export const poolStream = (communityId: string): string => `pool-${communityId}`;
/** A resident in need (孤寡老人) staff grant pool credit to: one stream per beneficiary. */
export const beneficiaryStream = (beneficiaryId: string): string => `beneficiary-${beneficiaryId}`;

/** The second step of a donation: the volunteer's CreditsDonated is its intent. */
export type PoolDonationReceived = { type: 'PoolDonationReceived'; data: { communityId: string; donationId: string; fromVolunteerId: string; minutes: number } };
/** Debits the pool for a beneficiary: the intent of a move whose second step is the beneficiary's GrantReceived. */
export type PoolGranted = { type: 'PoolGranted'; data: { communityId: string; grantId: string; beneficiaryId: string; minutes: number; reason: string } };
/** The second step of a deposit past the storage cap (CreditCapped with excessTo 'pool'). */
/** `capId`: the capped deposit's key when it is not the record's id (a correction's; see CreditCapped). */
export type PoolExcessReceived = { type: 'PoolExcessReceived'; data: { communityId: string; recordId: string; volunteerId: string; minutes: number; capId?: string } };
export type PoolEvent = PoolDonationReceived | PoolGranted | PoolExcessReceived;

export type BeneficiaryRegistered = { type: 'BeneficiaryRegistered'; data: { beneficiaryId: string; communityId: string; personal: SealedPersonalData } };
export type GrantReceived = { type: 'GrantReceived'; data: { beneficiaryId: string; grantId: string; communityId: string; minutes: number } };
/** Service given to a resident in need, paid from their granted credit: the intent of a move whose second step is the provider's record. */
export type GrantRedeemed = {
  type: 'GrantRedeemed';
  data: { beneficiaryId: string; communityId: string; redemptionId: string; minutes: number; description: string; providerVolunteerId: string; providerRecord: ProviderRecord };
};
/** The compensation of a GrantRedeemed whose provider's record was refused: the resident's credit comes back, saying why. */
export type GrantRedemptionRefunded = { type: 'GrantRedemptionRefunded'; data: { beneficiaryId: string; communityId: string; redemptionId: string; minutes: number; refusal: Refusal } };
/** The resident's key is deleted (crypto-shredding): their name and phone open nowhere any more; granted time stays. */
export type BeneficiaryErased = { type: 'BeneficiaryErased'; data: { beneficiaryId: string; communityId: string } };
/**
 * The second step of a family gift to a resident in need (the giver's
 * CreditsGivenToBeneficiary is its intent): the resident's granted credit
 * rises, so a service redeemed against it can serve them.
 */
export type BeneficiaryGiftReceived = { type: 'BeneficiaryGiftReceived'; data: { beneficiaryId: string; communityId: string; giftId: string; fromVolunteerId: string; minutes: number } };
/** The resident could not take a family gift (erased since): nothing moves, and the resident's statement says why. */
export type BeneficiaryGiftRefused = {
  type: 'BeneficiaryGiftRefused';
  data: { beneficiaryId: string; communityId: string; giftId: string; fromVolunteerId: string; minutes: number; reason: string; refusal: Refusal };
};
export type BeneficiaryEvent = BeneficiaryRegistered | GrantReceived | GrantRedeemed | GrantRedemptionRefunded | BeneficiaryErased | BeneficiaryGiftReceived | BeneficiaryGiftRefused;

export type PoolCommand =
  | { type: 'ReceiveDonation'; communityId: string; donationId: string; fromVolunteerId: string; minutes: number }
  | { type: 'ReceiveCapExcess'; communityId: string; recordId: string; capId: string; volunteerId: string; minutes: number }
  | { type: 'GrantFromPool'; communityId: string; grantId: string; beneficiaryId: string; minutes: number; reason: string; beneficiary: Beneficiary };

export type BeneficiaryCommand =
  | { type: 'RegisterBeneficiary'; beneficiaryId: string; communityId: string; personal: SealedPersonalData }
  | { type: 'ReceiveGrant'; beneficiaryId: string; grantId: string; communityId: string; minutes: number }
  | { type: 'RedeemGrant'; beneficiaryId: string; communityId: string; redemptionId: string; minutes: number; description: string; providerVolunteerId: string; providerRecord: ProviderRecord }
  | { type: 'RefundGrantRedemption'; beneficiaryId: string; redemptionId: string; refusal: Refusal }
  | { type: 'EraseBeneficiary'; beneficiaryId: string }
  | { type: 'ReceiveFamilyGift'; beneficiaryId: string; giftId: string; fromVolunteerId: string; minutes: number }
  | { type: 'RecordFamilyGiftRefusal'; beneficiaryId: string; giftId: string; fromVolunteerId: string; minutes: number; refusal: Refusal };

export interface Pool {
  balanceMinutes: number;
  donations: ReadonlySet<string>;
  grants: ReadonlySet<string>;
  /** Records whose excess over the cap the pool took. */
  excess: ReadonlySet<string>;
}

export type Beneficiary =
  | { exists: false }
  | {
      exists: true;
      beneficiaryId: string;
      communityId: string;
      /** Granted credit not yet spent. */
      balanceMinutes: number;
      grants: ReadonlySet<string>;
      /** Service paid from the granted credit, and whether it was refunded. */
      redemptions: ReadonlyMap<string, { minutes: number; refusal: Refusal | null }>;
      /** Family gifts taken or refused, each once. */
      gifts: ReadonlySet<string>;
      /** Name and phone erased (their key deleted). */
      erased: boolean;
    };

/** Never grants more than the pool holds: the pool stream's revision makes it hold under concurrency. */
export const poolDecider: Decider<PoolCommand, PoolEvent, Pool> = {
  initialState: () => ({ balanceMinutes: 0, donations: new Set(), grants: new Set(), excess: new Set() }),
  communityOf: (event) => event.data.communityId,
  decide(command, pool) {
    switch (command.type) {
      case 'ReceiveDonation': {
        if (pool.donations.has(command.donationId)) throw new DomainError('DONATION_ALREADY_EXISTS', { donationId: command.donationId });
        const { communityId, donationId, fromVolunteerId, minutes } = command;
        return [{ type: 'PoolDonationReceived', data: { communityId, donationId, fromVolunteerId, minutes } }];
      }
      case 'ReceiveCapExcess': {
        if (pool.excess.has(command.capId)) throw new DomainError('CAP_EXCESS_ALREADY_RECEIVED', { recordId: command.recordId, capId: command.capId });
        const { communityId, recordId, capId, volunteerId, minutes } = command;
        return [{ type: 'PoolExcessReceived', data: { communityId, recordId, volunteerId, minutes, ...(capId === recordId ? {} : { capId }) } }];
      }
      case 'GrantFromPool': {
        const { communityId, grantId, beneficiaryId, minutes, reason, beneficiary } = command;
        if (!Number.isInteger(minutes) || minutes < 1) throw new DomainError('INVALID_MINUTES', { minutes, min: 1 });
        if (!beneficiary.exists) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
        if (beneficiary.communityId !== communityId) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId, communityId });
        if (pool.grants.has(grantId)) throw new DomainError('GRANT_ALREADY_EXISTS', { grantId });
        if (pool.balanceMinutes < minutes) throw new DomainError('INSUFFICIENT_POOL_CREDITS', { poolMinutes: pool.balanceMinutes, requestedMinutes: minutes });
        return [{ type: 'PoolGranted', data: { communityId, grantId, beneficiaryId, minutes, reason } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(pool, event) {
    switch (event.type) {
      case 'PoolDonationReceived':
        return { ...pool, balanceMinutes: pool.balanceMinutes + event.data.minutes, donations: new Set(pool.donations).add(event.data.donationId) };
      case 'PoolGranted':
        return { ...pool, balanceMinutes: pool.balanceMinutes - event.data.minutes, grants: new Set(pool.grants).add(event.data.grantId) };
      case 'PoolExcessReceived':
        return { ...pool, balanceMinutes: pool.balanceMinutes + event.data.minutes, excess: new Set(pool.excess).add(capIdOf(event.data)) };
      default:
        return assertNever(event);
    }
  },
};

export const beneficiaryDecider: Decider<BeneficiaryCommand, BeneficiaryEvent, Beneficiary> = {
  initialState: () => ({ exists: false }),
  communityOf: (event) => event.data.communityId,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterBeneficiary': {
        if (state.exists) throw new DomainError('BENEFICIARY_ALREADY_EXISTS', { beneficiaryId: command.beneficiaryId });
        const { beneficiaryId, communityId, personal } = command;
        return [{ type: 'BeneficiaryRegistered', data: { beneficiaryId, communityId, personal } }];
      }
      case 'ReceiveGrant': {
        if (!state.exists) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId: command.beneficiaryId });
        if (state.grants.has(command.grantId)) throw new DomainError('GRANT_ALREADY_EXISTS', { grantId: command.grantId });
        const { beneficiaryId, grantId, communityId, minutes } = command;
        return [{ type: 'GrantReceived', data: { beneficiaryId, grantId, communityId, minutes } }];
      }
      case 'RedeemGrant': {
        const { beneficiaryId, communityId, redemptionId, minutes, description, providerVolunteerId, providerRecord } = command;
        if (!state.exists || state.communityId !== communityId) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
        if (!isWholeMinutes(minutes, 1, MAX_MINUTES_PER_RECORD)) throw new DomainError('INVALID_MINUTES', { minutes, min: 1, max: MAX_MINUTES_PER_RECORD });
        if (state.redemptions.has(redemptionId)) throw new DomainError('REDEMPTION_ALREADY_EXISTS', { redemptionId });
        if (state.balanceMinutes < minutes) throw new DomainError('INSUFFICIENT_GRANT_CREDITS', { grantMinutes: state.balanceMinutes, requestedMinutes: minutes });
        return [{ type: 'GrantRedeemed', data: { beneficiaryId, communityId, redemptionId, minutes, description, providerVolunteerId, providerRecord } }];
      }
      case 'RefundGrantRedemption': {
        const redemption = state.exists ? state.redemptions.get(command.redemptionId) : undefined;
        if (!state.exists || !redemption) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId: command.redemptionId });
        if (redemption.refusal) throw new DomainError('REDEMPTION_ALREADY_REVERSED', { redemptionId: command.redemptionId });
        const { beneficiaryId, communityId } = state;
        return [{ type: 'GrantRedemptionRefunded', data: { beneficiaryId, communityId, redemptionId: command.redemptionId, minutes: redemption.minutes, refusal: command.refusal } }];
      }
      case 'EraseBeneficiary': {
        if (!state.exists) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId: command.beneficiaryId });
        if (state.erased) throw new DomainError('BENEFICIARY_ALREADY_ERASED', { beneficiaryId: command.beneficiaryId });
        return [{ type: 'BeneficiaryErased', data: { beneficiaryId: state.beneficiaryId, communityId: state.communityId } }];
      }
      case 'ReceiveFamilyGift': {
        const { beneficiaryId, giftId, fromVolunteerId, minutes } = command;
        if (!state.exists) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
        if (state.erased) throw new DomainError('RECEIVER_ERASED', { beneficiaryId });
        if (state.gifts.has(giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId });
        return [{ type: 'BeneficiaryGiftReceived', data: { beneficiaryId, communityId: state.communityId, giftId, fromVolunteerId, minutes } }];
      }
      case 'RecordFamilyGiftRefusal': {
        const { beneficiaryId, giftId, fromVolunteerId, minutes, refusal } = command;
        if (!state.exists) throw new DomainError('BENEFICIARY_NOT_FOUND', { beneficiaryId });
        if (state.gifts.has(giftId)) throw new DomainError('GIFT_ALREADY_EXISTS', { giftId });
        const reason = `受助人不能接收转赠（${refusal.code}），时间已退回赠与人 / the resident could not take the gift (${refusal.code}); the credit went back to the giver`;
        return [{ type: 'BeneficiaryGiftRefused', data: { beneficiaryId, communityId: state.communityId, giftId, fromVolunteerId, minutes, reason, refusal } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'BeneficiaryGiftReceived':
        return state.exists ? { ...state, balanceMinutes: state.balanceMinutes + event.data.minutes, gifts: new Set(state.gifts).add(event.data.giftId) } : state;
      case 'BeneficiaryGiftRefused':
        return state.exists ? { ...state, gifts: new Set(state.gifts).add(event.data.giftId) } : state;
      case 'BeneficiaryErased':
        return state.exists ? { ...state, erased: true } : state;
      case 'BeneficiaryRegistered':
        return { exists: true, beneficiaryId: event.data.beneficiaryId, communityId: event.data.communityId, balanceMinutes: 0, grants: new Set(), redemptions: new Map(), gifts: new Set(), erased: false };
      case 'GrantReceived':
        return state.exists ? { ...state, balanceMinutes: state.balanceMinutes + event.data.minutes, grants: new Set(state.grants).add(event.data.grantId) } : state;
      case 'GrantRedeemed':
        return state.exists
          ? { ...state, balanceMinutes: state.balanceMinutes - event.data.minutes, redemptions: new Map(state.redemptions).set(event.data.redemptionId, { minutes: event.data.minutes, refusal: null }) }
          : state;
      case 'GrantRedemptionRefunded':
        return state.exists
          ? { ...state, balanceMinutes: state.balanceMinutes + event.data.minutes, redemptions: new Map(state.redemptions).set(event.data.redemptionId, { minutes: event.data.minutes, refusal: event.data.refusal }) }
          : state;
      default:
        return assertNever(event);
    }
  },
};
