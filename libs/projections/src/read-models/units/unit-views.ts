import type { PairingHelped, PairingHelper, AppraisedKind, MonthlyAdjustment, MonthlyTotals, ProjectProvider, ServiceCategory, ServiceProjectStatus, StoredPersonalData, UnitKind } from '@shiji/domain';

export interface UnitView extends Record<string, unknown> {
  unitId: string;
  communityId: string;
  name: string;
  kind: UnitKind;
  partyOrganisation: string | null;
  /** As the log holds it (sealed with the liaison's own key); opened at query time. */
  liaison: StoredPersonalData | null;
  /** The volunteer whose account is the liaison officer's (reads the unit's monthly records); absent or null for none. */
  liaisonVolunteerId?: string | null;
  status: 'active' | 'retired';
  fromFreeText: boolean;
  registeredAt: string;
  retiredAt: string | null;
}

/** A volunteer as the unit reports count them: where they live, which unit they name, whether and where they reported in. */
export interface UnitMemberView extends Record<string, unknown> {
  volunteerId: string;
  communityId: string;
  unitId: string | null;
  partyMember: boolean;
  reportedIn: { unitId: string; communityId: string; at: string } | null;
}

export interface MonthlyRecordView extends Record<string, unknown> {
  unitId: string;
  communityId: string;
  month: string;
  totals: MonthlyTotals;
  adjustments: MonthlyAdjustment[];
  closedAt: string;
}

export const monthlyRecordId = (unitId: string, month: string): string => `${month}|${unitId}`;

/** A unit's or team's appraisal (民主评议) for a year: the score last entered. */
export interface AppraisalView extends Record<string, unknown> {
  kind: AppraisedKind;
  subjectId: string;
  communityId: string;
  year: number;
  score: number;
  enteredAt: string;
}

export const appraisalId = (kind: AppraisedKind, subjectId: string, year: number): string => `${kind}|${subjectId}|${year}`;

/** The one document of ranking_weights: the weights the policy last set (absent: the defaults). */
export const RANKING_WEIGHTS_ID = 'street';

/** A project of a community's service-project menu, with the activities that delivered it. */
export interface ServiceProjectView extends Record<string, unknown> {
  projectId: string;
  communityId: string;
  title: string;
  category: ServiceCategory;
  description: string;
  provider: ProjectProvider;
  schedule: string | null;
  status: ServiceProjectStatus;
  activities: string[];
  registeredAt: string;
}

/** A co-building agreement (共建协议) between a unit and a community, as last amended. */
export interface AgreementView extends Record<string, unknown> {
  agreementId: string;
  unitId: string;
  communityId: string;
  startsOn: string;
  endsOn: string | null;
  commitments: string;
  projectIds: string[];
  endedOn: string | null;
  registeredAt: string;
  amendedAt: string | null;
}

/** A pairing (结对帮扶) and the visits recorded as service; the household as the log holds it (sealed), opened at query time. */
export interface PairingView extends Record<string, unknown> {
  pairingId: string;
  communityId: string;
  helper: PairingHelper;
  helped: PairingHelped;
  category: ServiceCategory;
  frequency: string;
  startsOn: string;
  status: 'active' | 'ended';
  visits: Array<{ recordId: string; volunteerId: string; startedAt: string; minutes: number }>;
  registeredAt: string;
  endedAt: string | null;
}

/** A need on a community's list of residents' needs (需求清单). */
export interface NeedView extends Record<string, unknown> {
  needId: string;
  communityId: string;
  category: ServiceCategory;
  description: string;
  status: 'open' | 'closed';
  registeredAt: string;
  closedAt: string | null;
}
