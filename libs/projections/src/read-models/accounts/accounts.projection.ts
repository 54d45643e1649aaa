import { ACCOUNT_EVENT_TYPES, assertNever, DEFAULT_CARD_LEVEL, DEFAULT_THRESHOLD_HOURS, type AccountEvent, type CreditRules, type PolicyEvent } from '@shiji/domain';
import { defineProjection, type ProjectedEvent } from '../../runner/define-projection';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef } from '../../runner/projection';
import { emptyAccountView, evolveAccountView, withStarLevel, type AccountView } from './account-view';
import { ledgerEntryFor } from './ledger-entry';
import { evolveServiceRecordView, type ServiceRecordView } from './service-record-view';

export interface PolicyView extends Record<string, unknown> {
  thresholdHours: number[];
  cardMinStarLevel: number;
  /**
   * Absent until first set, so views written before it existed and a replay
   * agree; the api reads an absent one as the default (off).
   */
  requireSeparateVerifier?: boolean;
  /** Absent until first set, read as the default (15 days). */
  correctionDeadlineDays?: number;
  changes: Array<{ type: string; at: string; position: number; thresholdHours: number[]; cardMinStarLevel: number }>;
  /** Present once an admin changed them; until then the domain's defaults hold (the route fills them in). */
  creditRules?: CreditRules;
}

export const POLICY_ID = 'street';

export function defaultPolicyView(): PolicyView {
  return { thresholdHours: [...DEFAULT_THRESHOLD_HOURS], cardMinStarLevel: DEFAULT_CARD_LEVEL, changes: [] };
}

/** Time accounts, their ledger, the service records and the policy they are rated under. */
export const accountsProjection = defineProjection({
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

  canHandle: [...ACCOUNT_EVENT_TYPES, 'StarThresholdsChanged', 'CardLevelChanged', 'SeparateVerifierRequirementChanged', 'CreditRulesChanged', 'CorrectionDeadlineChanged'],

  needs(event): DocumentRef[] {
    switch (event.type) {
      case 'StarThresholdsChanged':
        return [{ collection: 'policy', id: POLICY_ID }, { collection: 'accounts', all: true }];
      case 'CardLevelChanged':
      case 'SeparateVerifierRequirementChanged':
      case 'CreditRulesChanged':
      case 'CorrectionDeadlineChanged':
        return [{ collection: 'policy', id: POLICY_ID }];
      default: {
        const refs: DocumentRef[] = [{ collection: 'policy', id: POLICY_ID }, { collection: 'accounts', id: event.data.volunteerId }];
        if ('recordId' in event.data) refs.push({ collection: 'service_records', id: event.data.recordId });
        return refs;
      }
    }
  },

  evolve(event, documents): void {
    const policy = documents.get<PolicyView>('policy', POLICY_ID) ?? defaultPolicyView();
    switch (event.type) {
      case 'StarThresholdsChanged':
      case 'CardLevelChanged':
      case 'SeparateVerifierRequirementChanged':
      case 'CorrectionDeadlineChanged':
        return evolvePolicy(event, policy, documents);
      case 'CreditRulesChanged':
        return documents.put('policy', POLICY_ID, { ...policy, creditRules: event.data.rules }, event.position);
      default:
        return evolveAccount(event, policy, documents);
    }
  },
});

/** The policy changes the policy view records in its history (the ranking weights are the units' concern; the credit rules are kept without an entry). */
type AccountPolicyEvent = Extract<PolicyEvent, { type: 'StarThresholdsChanged' | 'CardLevelChanged' | 'SeparateVerifierRequirementChanged' | 'CorrectionDeadlineChanged' }>;

function evolvePolicy(event: ProjectedEvent<AccountPolicyEvent['type']>, policy: PolicyView, documents: DocumentStore): void {
  const { position } = event;
  const next: PolicyView = changedPolicy(event, policy);
  next.changes = [...policy.changes, { type: event.type, at: event.metadata.occurredAt, position, thresholdHours: next.thresholdHours, cardMinStarLevel: next.cardMinStarLevel }];
  documents.put('policy', POLICY_ID, next, position);
  if (event.type !== 'StarThresholdsChanged') return;
  // A policy change applies from the moment it is made: every account is re-rated now, and the history keeps the old level.
  for (const { id, data } of documents.all<AccountView>('accounts')) {
    const rated = withStarLevel(data, next.thresholdHours, event);
    if (rated !== data) documents.put('accounts', id, { ...rated, position }, position);
  }
}

function changedPolicy(event: AccountPolicyEvent, policy: PolicyView): PolicyView {
  switch (event.type) {
    case 'StarThresholdsChanged':
      return { ...policy, thresholdHours: event.data.thresholdHours };
    case 'CardLevelChanged':
      return { ...policy, cardMinStarLevel: event.data.minStarLevel };
    case 'SeparateVerifierRequirementChanged':
      return { ...policy, requireSeparateVerifier: event.data.requireSeparateVerifier };
    case 'CorrectionDeadlineChanged':
      return { ...policy, correctionDeadlineDays: event.data.correctionDeadlineDays };
    default:
      return assertNever(event);
  }
}

function evolveAccount(event: ProjectedEvent<AccountEvent['type']>, policy: PolicyView, documents: DocumentStore): void {
  const { volunteerId } = event.data;
  const before = documents.get<AccountView>('accounts', volunteerId) ?? emptyAccountView(volunteerId);
  const after = withStarLevel(evolveAccountView(before, event), policy.thresholdHours, event);
  if (after !== before) documents.put('accounts', volunteerId, after, event.position);

  const entry = ledgerEntryFor(event, after, before);
  if (entry) documents.put('ledger', entry.entryId, entry, event.position);

  if ('recordId' in event.data) {
    const { recordId } = event.data;
    const record = evolveServiceRecordView(documents.get<ServiceRecordView>('service_records', recordId), event);
    if (record) documents.put('service_records', recordId, record, event.position);
  }
}
