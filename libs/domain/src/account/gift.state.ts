import { assertNever } from '../shared/decider';
import type { Refusal } from './account.events';
import type { FamilyRelation, GiftEvent } from './gift.events';

export interface FamilyMemberState {
  relation: FamilyRelation;
  confirmed: boolean;
}

export interface GiftGivenState {
  /** The volunteer who receives it, or null for a resident in need (toBeneficiaryId). */
  toVolunteerId: string | null;
  toBeneficiaryId: string | null;
  minutes: number;
  year: number;
  /** Set when the receiver's account refused it and the credit came back. */
  refusal: Refusal | null;
}

/**
 * The part of an account gifts need: its family, the gifts it gave (for the
 * yearly limit and the compensation) and the ones it received (each once).
 * Gifts are few, so collections are copied on change.
 */
export interface GiftsState {
  family: ReadonlyMap<string, FamilyMemberState>;
  /** Residents in need (pool beneficiaries) declared as family, by beneficiary id. */
  familyBeneficiaries: ReadonlyMap<string, FamilyMemberState>;
  given: ReadonlyMap<string, GiftGivenState>;
  givenMinutesByYear: ReadonlyMap<number, number>;
  received: ReadonlySet<string>;
  donations: ReadonlySet<string>;
}

export function initialGifts(): GiftsState {
  return { family: new Map(), familyBeneficiaries: new Map(), given: new Map(), givenMinutesByYear: new Map(), received: new Set(), donations: new Set() };
}

/** One gift event folded in, with what it does to the credit balance (lifetime minutes never move). */
export function evolveGifts(state: GiftsState, event: GiftEvent): { gifts: GiftsState; creditDelta: number } {
  switch (event.type) {
    case 'FamilyMemberDeclared':
      return { gifts: { ...state, family: new Map(state.family).set(event.data.memberVolunteerId, { relation: event.data.relation, confirmed: false }) }, creditDelta: 0 };
    case 'FamilyMemberConfirmed': {
      const member = state.family.get(event.data.memberVolunteerId);
      if (!member) return { gifts: state, creditDelta: 0 };
      return { gifts: { ...state, family: new Map(state.family).set(event.data.memberVolunteerId, { ...member, confirmed: true }) }, creditDelta: 0 };
    }
    case 'CreditsGiven': {
      const { giftId, toVolunteerId, minutes, year } = event.data;
      return {
        gifts: {
          ...state,
          given: new Map(state.given).set(giftId, { toVolunteerId, toBeneficiaryId: null, minutes, year, refusal: null }),
          givenMinutesByYear: new Map(state.givenMinutesByYear).set(year, (state.givenMinutesByYear.get(year) ?? 0) + minutes),
        },
        creditDelta: -minutes,
      };
    }
    case 'FamilyBeneficiaryDeclared':
      return {
        gifts: { ...state, familyBeneficiaries: new Map(state.familyBeneficiaries).set(event.data.beneficiaryId, { relation: event.data.relation, confirmed: false }) },
        creditDelta: 0,
      };
    case 'FamilyBeneficiaryConfirmed': {
      const member = state.familyBeneficiaries.get(event.data.beneficiaryId);
      if (!member) return { gifts: state, creditDelta: 0 };
      return { gifts: { ...state, familyBeneficiaries: new Map(state.familyBeneficiaries).set(event.data.beneficiaryId, { ...member, confirmed: true }) }, creditDelta: 0 };
    }
    case 'CreditsGivenToBeneficiary': {
      const { giftId, beneficiaryId, minutes, year } = event.data;
      return {
        gifts: {
          ...state,
          given: new Map(state.given).set(giftId, { toVolunteerId: null, toBeneficiaryId: beneficiaryId, minutes, year, refusal: null }),
          givenMinutesByYear: new Map(state.givenMinutesByYear).set(year, (state.givenMinutesByYear.get(year) ?? 0) + minutes),
        },
        creditDelta: -minutes,
      };
    }
    case 'GiftReceived':
      return { gifts: { ...state, received: new Set(state.received).add(event.data.giftId) }, creditDelta: event.data.minutes };
    case 'GiftRefused':
      return { gifts: state, creditDelta: 0 };
    case 'CreditCapped':
      return { gifts: state, creditDelta: -event.data.minutes };
    case 'CreditsDonated':
      return { gifts: { ...state, donations: new Set(state.donations).add(event.data.donationId) }, creditDelta: -event.data.minutes };
    case 'GiftReturned': {
      const gift = state.given.get(event.data.giftId);
      if (!gift || gift.refusal) return { gifts: state, creditDelta: 0 };
      return {
        gifts: {
          ...state,
          given: new Map(state.given).set(event.data.giftId, { ...gift, refusal: event.data.refusal }),
          givenMinutesByYear: new Map(state.givenMinutesByYear).set(gift.year, (state.givenMinutesByYear.get(gift.year) ?? 0) - gift.minutes),
        },
        creditDelta: gift.minutes,
      };
    }
    default:
      return assertNever(event);
  }
}
