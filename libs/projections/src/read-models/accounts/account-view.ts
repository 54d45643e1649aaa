import { assertNever, starLevelFor, type AccountEvent, type StarLevel } from '@shiji/domain';
import type { ProjectedEvent } from '../../runner/define-projection';

export interface StarLevelChange {
  starLevel: StarLevel;
  at: string;
  position: number;
  /** The event type that moved the level (a deposit, a correction or a policy change). */
  cause: string;
}

export interface AccountView extends Record<string, unknown> {
  volunteerId: string;
  lifetimeMinutes: number;
  creditMinutes: number;
  starLevel: StarLevel;
  starLevelSince: StarLevelChange | null;
  levelHistory: StarLevelChange[];
  card: { cardNumber: string; status: 'active' | 'suspended' | 'lost'; issuedAt: string } | null;
  certifiedStarLevels: number[];
  position: number;
}

export function emptyAccountView(volunteerId: string): AccountView {
  return { volunteerId, lifetimeMinutes: 0, creditMinutes: 0, starLevel: 0, starLevelSince: null, levelHistory: [], card: null, certifiedStarLevels: [], position: 0 };
}

/** Recomputes the level under `thresholdHours`, appending to the history when it moves. */
export function withStarLevel(view: AccountView, thresholdHours: readonly number[], event: ProjectedEvent): AccountView {
  const starLevel = starLevelFor(view.lifetimeMinutes, thresholdHours);
  if (starLevel === view.starLevel) return view;
  const change: StarLevelChange = { starLevel, at: event.metadata.occurredAt, position: event.position, cause: event.type };
  return { ...view, starLevel, starLevelSince: change, levelHistory: [...view.levelHistory, change] };
}

/** Balances and card; the caller applies the policy with withStarLevel. */
export function evolveAccountView(view: AccountView, event: ProjectedEvent<AccountEvent['type']>): AccountView {
  const { position, metadata } = event;
  const moved = (delta: number, creditOnly = false): AccountView => ({
    ...view,
    lifetimeMinutes: creditOnly ? view.lifetimeMinutes : view.lifetimeMinutes + delta,
    creditMinutes: view.creditMinutes + delta,
    position,
  });
  switch (event.type) {
    case 'ServiceVerified':
      return moved(event.data.minutes);
    case 'ServiceCorrected':
      return event.data.verified ? moved(event.data.minutes - event.data.previousMinutes) : view;
    case 'CreditsRedeemed':
      return moved(-event.data.minutes, true);
    case 'RedemptionReversed':
      return moved(event.data.minutes, true);
    // Gifts move credit only: lifetime minutes, and so the star level, stay.
    case 'CreditsGiven':
    case 'CreditsGivenToBeneficiary':
    case 'CreditsDonated':
    case 'CreditCapped':
      return moved(-event.data.minutes, true);
    case 'GiftReceived':
    case 'GiftReturned':
      return moved(event.data.minutes, true);
    case 'TimeCardIssued':
      return { ...view, card: { cardNumber: event.data.cardNumber, status: 'active', issuedAt: metadata.occurredAt }, position };
    case 'TimeCardSuspended':
      return view.card ? { ...view, card: { ...view.card, status: 'suspended' }, position } : view;
    case 'TimeCardReinstated':
      return view.card ? { ...view, card: { ...view.card, status: 'active' }, position } : view;
    case 'TimeCardReportedLost':
      return view.card ? { ...view, card: { ...view.card, status: 'lost' }, position } : view;
    case 'StarLevelCertified':
      return { ...view, certifiedStarLevels: [...view.certifiedStarLevels, event.data.starLevel].sort((a, b) => a - b), position };
    case 'ServiceRecorded':
    case 'ServiceRejected':
    case 'RewardClaimed':
    case 'FamilyMemberDeclared':
    case 'FamilyMemberConfirmed':
    case 'FamilyBeneficiaryDeclared':
    case 'FamilyBeneficiaryConfirmed':
    case 'GiftRefused':
      return view;
    default:
      return assertNever(event);
  }
}
