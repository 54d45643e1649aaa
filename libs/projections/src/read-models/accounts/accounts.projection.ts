import { DEFAULT_CARD_LEVEL, DEFAULT_THRESHOLD_HOURS, toDomainEvent, type AccountEvent, type DomainEvent } from '@shiji/domain';
import type { StoredEvent } from '@shiji/event-store';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef, Projection } from '../../runner/projection';
import { emptyAccountView, evolveAccountView, withStarLevel, type AccountView, type EventContext } from './account-view';
import { ledgerEntryFor } from './ledger-entry';
import { evolveServiceRecordView, type ServiceRecordView } from './service-record-view';

export interface PolicyView extends Record<string, unknown> {
  thresholdHours: number[];
  cardMinStarLevel: number;
  changes: Array<{ type: string; at: string; position: number; thresholdHours: number[]; cardMinStarLevel: number }>;
}

export const POLICY_ID = 'street';

export function defaultPolicyView(): PolicyView {
  return { thresholdHours: [...DEFAULT_THRESHOLD_HOURS], cardMinStarLevel: DEFAULT_CARD_LEVEL, changes: [] };
}

const ACCOUNT_EVENTS = new Set<string>([
  'ServiceRecorded', 'ServiceVerified', 'ServiceCorrected', 'TimeCardIssued', 'TimeCardSuspended', 'TimeCardReinstated',
  'TimeCardReportedLost', 'CreditsRedeemed', 'RedemptionReversed', 'RewardClaimed', 'StarLevelCertified',
]);

function isAccountEvent(event: DomainEvent): event is AccountEvent {
  return ACCOUNT_EVENTS.has(event.type);
}

function contextOf(stored: StoredEvent): EventContext & { eventId: string } {
  return { position: stored.position, occurredAt: stored.metadata.occurredAt, type: stored.type, eventId: stored.eventId };
}

/** Time accounts, their ledger, the service records and the policy they are rated under. */
export const accountsProjection: Projection = {
  name: 'accounts',
  collections: [
    { name: 'policy', columns: [] },
    {
      name: 'accounts',
      columns: [
        { name: 'star_level', expression: "((data->>'starLevel')::integer)", type: 'integer', indexed: true },
        { name: 'lifetime_minutes', expression: "((data->>'lifetimeMinutes')::integer)", type: 'integer' },
      ],
    },
    { name: 'ledger', columns: [{ name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true }] },
    {
      name: 'service_records',
      columns: [
        { name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true },
        { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true },
        { name: 'year', expression: "((data->>'year')::integer)", type: 'integer', indexed: true },
        { name: 'verified', expression: "((data->>'verified')::boolean)", type: 'boolean' },
      ],
    },
  ],

  needs(stored: StoredEvent): DocumentRef[] {
    if (stored.type === 'StarThresholdsChanged') return [{ collection: 'policy', id: POLICY_ID }, { collection: 'accounts', all: true }];
    if (stored.type === 'CardLevelChanged') return [{ collection: 'policy', id: POLICY_ID }];
    if (!ACCOUNT_EVENTS.has(stored.type)) return [];
    const volunteerId = String(stored.data.volunteerId);
    const refs: DocumentRef[] = [{ collection: 'policy', id: POLICY_ID }, { collection: 'accounts', id: volunteerId }];
    if (typeof stored.data.recordId === 'string') refs.push({ collection: 'service_records', id: stored.data.recordId });
    return refs;
  },

  apply(stored: StoredEvent, documents: DocumentStore): void {
    if (stored.type !== 'StarThresholdsChanged' && stored.type !== 'CardLevelChanged' && !ACCOUNT_EVENTS.has(stored.type)) return;
    const event = toDomainEvent(stored);
    const context = contextOf(stored);
    const policy = documents.get<PolicyView>('policy', POLICY_ID) ?? defaultPolicyView();

    if (event.type === 'StarThresholdsChanged' || event.type === 'CardLevelChanged') {
      const next: PolicyView =
        event.type === 'StarThresholdsChanged'
          ? { ...policy, thresholdHours: event.data.thresholdHours }
          : { ...policy, cardMinStarLevel: event.data.minStarLevel };
      next.changes = [...policy.changes, { type: event.type, at: context.occurredAt, position: context.position, thresholdHours: next.thresholdHours, cardMinStarLevel: next.cardMinStarLevel }];
      documents.put('policy', POLICY_ID, next, context.position);
      if (event.type === 'StarThresholdsChanged') {
        // A policy change applies from the moment it is made: every account is re-rated now, and the history keeps the old level.
        for (const { id, data } of documents.all<AccountView>('accounts')) {
          const rated = withStarLevel(data, next.thresholdHours, context);
          if (rated !== data) documents.put('accounts', id, { ...rated, position: context.position }, context.position);
        }
      }
      return;
    }
    if (!isAccountEvent(event)) return;

    const volunteerId = event.data.volunteerId;
    const before = documents.get<AccountView>('accounts', volunteerId) ?? emptyAccountView(volunteerId);
    const after = withStarLevel(evolveAccountView(before, event, context), policy.thresholdHours, context);
    if (after !== before) documents.put('accounts', volunteerId, after, context.position);

    const entry = ledgerEntryFor(event, after, before, context);
    if (entry) documents.put('ledger', entry.entryId, entry, context.position);

    if ('recordId' in event.data) {
      const recordId = event.data.recordId;
      const record = evolveServiceRecordView(documents.get<ServiceRecordView>('service_records', recordId), event, context.occurredAt);
      if (record) documents.put('service_records', recordId, record, context.position);
    }
  },
};
