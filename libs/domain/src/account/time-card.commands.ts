import type { Policy } from '../policy/policy.decider';
import { starLevelFor } from '../policy/star-level';
import { DomainError } from '../shared/domain-error';
import type { TimeCardIssued, TimeCardReinstated, TimeCardReportedLost, TimeCardSuspended } from './account.events';
import type { CardState, TimeAccount } from './account.state';

export type IssueCard = { type: 'IssueCard'; volunteerId: string; cardNumber: string; policy: Policy };
/** A new number for a lost, damaged or suspended card; the old number never spends again. */
export type ReissueCard = { type: 'ReissueCard'; volunteerId: string; cardNumber: string };
export type SuspendCard = { type: 'SuspendCard'; volunteerId: string; reason: string };
export type ReinstateCard = { type: 'ReinstateCard'; volunteerId: string };
export type ReportCardLost = { type: 'ReportCardLost'; volunteerId: string };

export type TimeCardCommand = IssueCard | ReissueCard | SuspendCard | ReinstateCard | ReportCardLost;

function requireCard(account: TimeAccount, volunteerId: string): CardState {
  if (!account.card) throw new DomainError('NO_CARD', { volunteerId });
  return account.card;
}

export function issueCard(command: IssueCard, account: TimeAccount): TimeCardIssued[] {
  if (account.card) throw new DomainError('CARD_ALREADY_ISSUED', { volunteerId: command.volunteerId, cardNumber: account.card.cardNumber });
  const starLevel = starLevelFor(account.lifetimeMinutes, command.policy.thresholdHours);
  if (starLevel < command.policy.cardMinStarLevel) {
    throw new DomainError('CARD_LEVEL_NOT_REACHED', { volunteerId: command.volunteerId, starLevel, requiredStarLevel: command.policy.cardMinStarLevel });
  }
  return [{ type: 'TimeCardIssued', data: { volunteerId: command.volunteerId, cardNumber: command.cardNumber, replacesCardNumber: null } }];
}

export function reissueCard(command: ReissueCard, account: TimeAccount): TimeCardIssued[] {
  const card = requireCard(account, command.volunteerId);
  if (command.cardNumber === card.cardNumber || account.retiredCardNumbers.has(command.cardNumber)) {
    throw new DomainError('CARD_ALREADY_ISSUED', { volunteerId: command.volunteerId, cardNumber: command.cardNumber });
  }
  return [{ type: 'TimeCardIssued', data: { volunteerId: command.volunteerId, cardNumber: command.cardNumber, replacesCardNumber: card.cardNumber } }];
}

export function suspendCard(command: SuspendCard, account: TimeAccount): TimeCardSuspended[] {
  const card = requireCard(account, command.volunteerId);
  if (card.status === 'lost') throw new DomainError('CARD_LOST', { cardNumber: card.cardNumber });
  if (card.status === 'suspended') throw new DomainError('CARD_SUSPENDED', { cardNumber: card.cardNumber });
  return [{ type: 'TimeCardSuspended', data: { volunteerId: command.volunteerId, cardNumber: card.cardNumber, reason: command.reason } }];
}

export function reinstateCard(command: ReinstateCard, account: TimeAccount): TimeCardReinstated[] {
  const card = requireCard(account, command.volunteerId);
  if (card.status !== 'suspended') throw new DomainError('CARD_NOT_SUSPENDED', { cardNumber: card.cardNumber });
  return [{ type: 'TimeCardReinstated', data: { volunteerId: command.volunteerId, cardNumber: card.cardNumber } }];
}

export function reportCardLost(command: ReportCardLost, account: TimeAccount): TimeCardReportedLost[] {
  const card = requireCard(account, command.volunteerId);
  if (card.status === 'lost') throw new DomainError('CARD_LOST', { cardNumber: card.cardNumber });
  return [{ type: 'TimeCardReportedLost', data: { volunteerId: command.volunteerId, cardNumber: card.cardNumber } }];
}

/** The card that may spend now, or the reason it may not. */
export function requireSpendableCard(account: TimeAccount, volunteerId: string): CardState {
  const card = requireCard(account, volunteerId);
  if (card.status === 'suspended') throw new DomainError('CARD_SUSPENDED', { cardNumber: card.cardNumber });
  if (card.status === 'lost') throw new DomainError('CARD_LOST', { cardNumber: card.cardNumber });
  return card;
}
