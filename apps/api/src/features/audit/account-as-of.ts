import {
  emptyVolunteerRecord,
  evolveVolunteerRecord,
  fold,
  VOLUNTEER_RECORD_EVENT_TYPES,
  type VolunteerRecord,
  type VolunteerRecordEvent,
  policyDecider,
  starLevelFor,
  timeAccountDecider,
  toDomainEvent,
  type AccountEvent,
  type PolicyEvent,
  type StarLevel,
} from '@shiji/domain';
import type { StoredEvent } from '@shiji/event-store';
import { happenedBy, type AsOf } from './as-of';

export interface AccountAsOf {
  volunteerId: string;
  /** The last event folded (account or policy); 0 when none. */
  position: number;
  lifetimeMinutes: number;
  creditMinutes: number;
  owes: boolean;
  starLevel: StarLevel;
  /** The policy in force at that moment. */
  thresholdHours: readonly number[];
  cardMinStarLevel: number;
  card: { cardNumber: string; status: 'active' | 'suspended' | 'lost'; issuedAt: string } | null;
  /** Training, commendations and evaluations recorded by then. */
  record: VolunteerRecord;
}

/**
 * The account as it stood at `asOf`: the domain's own evolve over the
 * account stream and the policy stream, each cut at the same moment. The
 * star level is the one the thresholds then in force give, as the live view
 * rates it.
 */
export function accountAsOf(volunteerId: string, accountEvents: readonly StoredEvent[], policyEvents: readonly StoredEvent[], asOf: AsOf, volunteerEvents: readonly StoredEvent[] = []): AccountAsOf {
  const recordTypes: ReadonlySet<string> = new Set(VOLUNTEER_RECORD_EVENT_TYPES);
  const entries = volunteerEvents.filter((event) => recordTypes.has(event.type) && happenedBy(asOf, event));
  const record = entries.map((event) => toDomainEvent(event) as VolunteerRecordEvent).reduce(evolveVolunteerRecord, emptyVolunteerRecord());
  const account = accountEvents.filter((event) => happenedBy(asOf, event));
  const policyChanges = policyEvents.filter((event) => happenedBy(asOf, event));
  const state = fold(timeAccountDecider, account.map((event) => toDomainEvent(event) as AccountEvent));
  const policy = fold(policyDecider, policyChanges.map((event) => toDomainEvent(event) as PolicyEvent));
  // The card's issue time is the event's, which the domain state does not keep.
  const issued = account.filter((event) => event.type === 'TimeCardIssued').at(-1);
  return {
    volunteerId,
    position: Math.max(0, ...account.map((event) => event.position), ...policyChanges.map((event) => event.position), ...entries.map((event) => event.position)),
    lifetimeMinutes: state.lifetimeMinutes,
    creditMinutes: state.creditMinutes,
    owes: state.creditMinutes < 0,
    starLevel: starLevelFor(state.lifetimeMinutes, policy.thresholdHours),
    thresholdHours: policy.thresholdHours,
    cardMinStarLevel: policy.cardMinStarLevel,
    card: state.card && issued ? { cardNumber: state.card.cardNumber, status: state.card.status, issuedAt: issued.metadata.occurredAt } : null,
    record,
  };
}
