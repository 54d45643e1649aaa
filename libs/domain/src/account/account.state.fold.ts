import { assertNever } from '../shared/decider';
import { LayeredMap, type MapEdit } from '../shared/layered-map';
import { shanghaiDay } from '../shared/shanghai-time';
import type { AccountEvent } from './account.events';
import { rewardClaimKey, type CardState, type TimeAccount } from './account.state';
import { evolveGifts, type GiftsState } from './gift.state';

/**
 * Folds many events at once to the state evolveTimeAccount reaches one event
 * at a time (account.state.fold.spec.ts checks it on random histories). Each
 * collection gets one new version on its first change and is then updated in
 * place, so the input state is never touched and a long history folds in
 * time linear in its length.
 */
export function foldTimeAccount(state: TimeAccount, events: readonly AccountEvent[]): TimeAccount {
  const draft = new AccountDraft(state);
  for (const event of events) applyToDraft(draft, event);
  return draft.finish();
}

/**
 * A working copy of a TimeAccount. Maps are edited as new LayeredMap versions
 * (cost independent of the account's size), the small sets are copied; both
 * only on their first change, so the base state is never touched.
 */
class AccountDraft {
  lifetimeMinutes: number;
  creditMinutes: number;
  card: CardState | null;
  gifts: GiftsState;
  private readonly base: TimeAccount;
  private readonly maps = new Map<MapKey, MapEdit<unknown, unknown>>();
  private readonly sets = new Map<SetKey, Set<unknown>>();

  constructor(base: TimeAccount) {
    this.base = base;
    this.lifetimeMinutes = base.lifetimeMinutes;
    this.creditMinutes = base.creditMinutes;
    this.card = base.card;
    this.gifts = base.gifts;
  }

  read<K extends MapKey>(key: K): Pick<TimeAccount[K], 'get' | 'has'> {
    return (this.maps.get(key) as Pick<TimeAccount[K], 'get' | 'has'> | undefined) ?? this.base[key];
  }

  map<K extends MapKey>(key: K): TimeAccount[K] extends ReadonlyMap<infer MK, infer MV> ? MapEdit<MK, MV> : never {
    let edit = this.maps.get(key);
    if (!edit) {
      edit = LayeredMap.edit(this.base[key] as ReadonlyMap<unknown, unknown>);
      this.maps.set(key, edit);
    }
    return edit as never;
  }

  set<K extends SetKey>(key: K): TimeAccount[K] extends ReadonlySet<infer T> ? Set<T> : never {
    let copy = this.sets.get(key);
    if (!copy) {
      copy = new Set(this.base[key] as ReadonlySet<unknown>);
      this.sets.set(key, copy);
    }
    return copy as never;
  }

  finish(): TimeAccount {
    const maps = [...this.maps].map(([key, edit]) => [key, edit.done()]);
    return {
      ...this.base,
      lifetimeMinutes: this.lifetimeMinutes,
      creditMinutes: this.creditMinutes,
      card: this.card,
      gifts: this.gifts,
      ...(Object.fromEntries([...maps, ...this.sets]) as Partial<TimeAccount>),
    };
  }
}

type MapKey = 'records' | 'recordsByStartDay' | 'redemptions' | 'rewardClaims';
type SetKey = 'retiredCardNumbers' | 'claimIds' | 'certifiedStarLevels';

function applyToDraft(draft: AccountDraft, event: AccountEvent): void {
  switch (event.type) {
    case 'ServiceRecorded': {
      const { recordId, communityId, activityId, category, startedAt, minutes, recordedBy } = event.data;
      const startedAtMs = new Date(startedAt).getTime();
      const day = shanghaiDay(new Date(startedAtMs));
      draft.map('records').set(recordId, { recordId, communityId, activityId, category, startedAtMs, minutes, verified: false, rejected: false, recordedBy, corrections: 0 });
      const byDay = draft.map('recordsByStartDay');
      byDay.set(day, [...(byDay.get(day) ?? []), recordId]);
      return;
    }
    case 'ServiceVerified': {
      const record = draft.read('records').get(event.data.recordId);
      if (!record) return;
      draft.lifetimeMinutes += record.minutes;
      draft.creditMinutes += record.minutes;
      draft.map('records').set(record.recordId, { ...record, verified: true });
      return;
    }
    case 'ServiceRejected': {
      const record = draft.read('records').get(event.data.recordId);
      if (!record) return;
      draft.map('records').set(record.recordId, { ...record, rejected: true });
      return;
    }
    case 'ServiceCorrected': {
      const record = draft.read('records').get(event.data.recordId);
      if (!record) return;
      const delta = record.verified ? event.data.minutes - record.minutes : 0;
      draft.lifetimeMinutes += delta;
      draft.creditMinutes += delta;
      draft.map('records').set(record.recordId, { ...record, minutes: event.data.minutes, corrections: record.corrections + 1 });
      return;
    }
    case 'TimeCardIssued':
      if (draft.card) draft.set('retiredCardNumbers').add(draft.card.cardNumber);
      draft.card = { cardNumber: event.data.cardNumber, status: 'active' };
      return;
    case 'TimeCardSuspended':
      if (draft.card) draft.card = { ...draft.card, status: 'suspended' };
      return;
    case 'TimeCardReinstated':
      if (draft.card) draft.card = { ...draft.card, status: 'active' };
      return;
    case 'TimeCardReportedLost':
      if (draft.card) draft.card = { ...draft.card, status: 'lost' };
      return;
    case 'CreditsRedeemed':
      draft.creditMinutes -= event.data.minutes;
      draft.map('redemptions').set(event.data.redemptionId, { minutes: event.data.minutes, reversed: false, refusal: null });
      return;
    case 'RedemptionReversed': {
      const redemption = draft.read('redemptions').get(event.data.redemptionId);
      if (!redemption) return;
      // Given back once: a refusal noted after staff reversed it moves nothing.
      if (!redemption.reversed) draft.creditMinutes += redemption.minutes;
      draft.map('redemptions').set(event.data.redemptionId, { ...redemption, reversed: true, refusal: event.data.refusal ?? redemption.refusal });
      return;
    }
    case 'RewardClaimed': {
      const key = rewardClaimKey(event.data.rewardId, event.data.period);
      const claims = draft.map('rewardClaims');
      claims.set(key, (claims.get(key) ?? 0) + 1);
      draft.set('claimIds').add(event.data.claimId);
      return;
    }
    case 'StarLevelCertified':
      draft.set('certifiedStarLevels').add(event.data.starLevel);
      return;
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
      const { gifts, creditDelta } = evolveGifts(draft.gifts, event);
      draft.gifts = gifts;
      draft.creditMinutes += creditDelta;
      return;
    }
    default:
      assertNever(event);
  }
}
