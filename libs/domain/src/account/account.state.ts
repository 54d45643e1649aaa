import type { ServiceCategory } from '../activity/service-category';
import { assertNever } from '../shared/decider';
import { withEntry } from '../shared/layered-map';
import { shanghaiDay } from '../shared/shanghai-time';
import type { AccountEvent, Refusal } from './account.events';
import { evolveGifts, initialGifts, type GiftsState } from './gift.state';

export const accountStream = (volunteerId: string): string => `account-${volunteerId}`;

export interface ServiceRecordState {
  recordId: string;
  communityId: string;
  activityId: string | null;
  category: ServiceCategory;
  startedAtMs: number;
  minutes: number;
  verified: boolean;
  /** Turned down while pending: never deposits, never verified, and its time no longer counts for overlaps. */
  rejected: boolean;
  recordedBy: string | null;
  /** Corrections made to it so far: a correction's share past the storage cap is a move of its own (see CreditCapped). */
  corrections: number;
}

export type CardStatus = 'active' | 'suspended' | 'lost';

export interface CardState {
  cardNumber: string;
  status: CardStatus;
}

export interface RedemptionState {
  minutes: number;
  reversed: boolean;
  /** Set when the credit came back because the provider's record was refused. */
  refusal: Refusal | null;
}

/**
 * Everything one volunteer's invariants need: the records (for overlap checks
 * and corrections), the balances, the card, redemptions and reward claims.
 * Collections are replaced, never mutated, so an old state stays valid.
 */
export interface TimeAccount {
  lifetimeMinutes: number;
  creditMinutes: number;
  records: ReadonlyMap<string, ServiceRecordState>;
  /** Record ids by the Shanghai day their service started: overlap checks look at a few days, not the whole history. */
  recordsByStartDay: ReadonlyMap<string, readonly string[]>;
  card: CardState | null;
  /** Every card number this account ever had; a replaced number can never spend again. */
  retiredCardNumbers: ReadonlySet<string>;
  redemptions: ReadonlyMap<string, RedemptionState>;
  /** Claims per `${rewardId}|${period}`. */
  rewardClaims: ReadonlyMap<string, number>;
  claimIds: ReadonlySet<string>;
  certifiedStarLevels: ReadonlySet<number>;
  gifts: GiftsState;
}

export function initialTimeAccount(): TimeAccount {
  return {
    lifetimeMinutes: 0,
    creditMinutes: 0,
    records: new Map(),
    recordsByStartDay: new Map(),
    card: null,
    retiredCardNumbers: new Set(),
    redemptions: new Map(),
    rewardClaims: new Map(),
    claimIds: new Set(),
    certifiedStarLevels: new Set(),
    gifts: initialGifts(),
  };
}

export function rewardClaimKey(rewardId: string, period: string | null): string {
  return `${rewardId}|${period ?? 'ever'}`;
}

/**
 * One event folded into the account. Collections are replaced, never
 * mutated: a map gets a new version through withEntry (whose cost does not
 * grow with the map), a set a copy. Events about a record or a redemption
 * the account does not hold change nothing. foldTimeAccount folds many
 * events to the same state, faster.
 */
export function evolveTimeAccount(state: TimeAccount, event: AccountEvent): TimeAccount {
  switch (event.type) {
    case 'ServiceRecorded': {
      const { recordId, communityId, activityId, category, startedAt, minutes, recordedBy } = event.data;
      const startedAtMs = new Date(startedAt).getTime();
      const day = shanghaiDay(new Date(startedAtMs));
      return {
        ...state,
        records: withEntry(state.records, recordId, { recordId, communityId, activityId, category, startedAtMs, minutes, verified: false, rejected: false, recordedBy, corrections: 0 }),
        recordsByStartDay: withEntry(state.recordsByStartDay, day, [...(state.recordsByStartDay.get(day) ?? []), recordId]),
      };
    }
    case 'ServiceVerified': {
      const record = state.records.get(event.data.recordId);
      if (!record) return state;
      return {
        ...state,
        lifetimeMinutes: state.lifetimeMinutes + record.minutes,
        creditMinutes: state.creditMinutes + record.minutes,
        records: withEntry(state.records, record.recordId, { ...record, verified: true }),
      };
    }
    case 'ServiceRejected': {
      const record = state.records.get(event.data.recordId);
      if (!record) return state;
      return { ...state, records: withEntry(state.records, record.recordId, { ...record, rejected: true }) };
    }
    case 'ServiceCorrected': {
      const record = state.records.get(event.data.recordId);
      if (!record) return state;
      // Only a verified record's minutes are in the balances.
      const delta = record.verified ? event.data.minutes - record.minutes : 0;
      return {
        ...state,
        lifetimeMinutes: state.lifetimeMinutes + delta,
        creditMinutes: state.creditMinutes + delta,
        records: withEntry(state.records, record.recordId, { ...record, minutes: event.data.minutes, corrections: record.corrections + 1 }),
      };
    }
    case 'TimeCardIssued':
      return {
        ...state,
        card: { cardNumber: event.data.cardNumber, status: 'active' },
        retiredCardNumbers: state.card ? withMember(state.retiredCardNumbers, state.card.cardNumber) : state.retiredCardNumbers,
      };
    case 'TimeCardSuspended':
      return withCardStatus(state, 'suspended');
    case 'TimeCardReinstated':
      return withCardStatus(state, 'active');
    case 'TimeCardReportedLost':
      return withCardStatus(state, 'lost');
    case 'CreditsRedeemed':
      return {
        ...state,
        creditMinutes: state.creditMinutes - event.data.minutes,
        redemptions: withEntry(state.redemptions, event.data.redemptionId, { minutes: event.data.minutes, reversed: false, refusal: null }),
      };
    case 'RedemptionReversed': {
      const redemption = state.redemptions.get(event.data.redemptionId);
      if (!redemption) return state;
      return {
        ...state,
        // Given back once: a refusal noted after staff reversed it moves nothing.
        creditMinutes: redemption.reversed ? state.creditMinutes : state.creditMinutes + redemption.minutes,
        redemptions: withEntry(state.redemptions, event.data.redemptionId, { ...redemption, reversed: true, refusal: event.data.refusal ?? redemption.refusal }),
      };
    }
    case 'RewardClaimed': {
      const key = rewardClaimKey(event.data.rewardId, event.data.period);
      return {
        ...state,
        rewardClaims: withEntry(state.rewardClaims, key, (state.rewardClaims.get(key) ?? 0) + 1),
        claimIds: withMember(state.claimIds, event.data.claimId),
      };
    }
    case 'StarLevelCertified':
      return { ...state, certifiedStarLevels: withMember(state.certifiedStarLevels, event.data.starLevel) };
    case 'FamilyMemberDeclared':
    case 'FamilyMemberConfirmed':
    case 'CreditsGiven':
    case 'GiftReceived':
    case 'GiftRefused':
    case 'GiftReturned':
    case 'CreditsDonated':
    case 'CreditCapped':
    case 'FamilyBeneficiaryDeclared':
    case 'FamilyBeneficiaryConfirmed':
    case 'CreditsGivenToBeneficiary': {
      const { gifts, creditDelta } = evolveGifts(state.gifts, event);
      return { ...state, gifts, creditMinutes: state.creditMinutes + creditDelta };
    }
    default:
      return assertNever(event);
  }
}

/** A card's new status; an account without a card stays as it is. */
function withCardStatus(state: TimeAccount, status: CardStatus): TimeAccount {
  return state.card ? { ...state, card: { ...state.card, status } } : state;
}

function withMember<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  return new Set(set).add(item);
}
