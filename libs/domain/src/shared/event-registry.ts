import type { AccountEvent } from '../account/account.events';
import type { ActivitySeriesEvent } from '../activity/activity-series';
import type { ActivityEvent } from '../activity/activity.decider';
import type { CertificateEvent } from '../certificate/certificate-register.decider';
import type { VolunteerApplicationEvent } from '../application/volunteer-application.decider';
import type { CommunityEvent } from '../community/community.decider';
import type { CorrectionRequestEvent } from '../correction-request/correction-request.decider';
import type { PartnerEvent, RewardEvent } from '../partner/partner.decider';
import type { PersonEvent } from '../person/person.decider';
import type { PolicyEvent } from '../policy/policy.events';
import type { BeneficiaryEvent, PoolEvent } from '../pool/pool.decider';
import type { RosterImportEvent } from '../roster/roster-import.decider';
import type { ServiceRequestEvent } from '../service-request/service-request.decider';
import type { StaffEvent } from '../staff/staff.decider';
import type { TeamEvent } from '../team/team.decider';
import type { AgreementEvent } from '../unit/agreement.decider';
import type { NeedEvent } from '../unit/need.decider';
import type { PairingEvent } from '../unit/pairing.decider';
import type { AppraisalEvent } from '../unit/appraisal.decider';
import type { MonthlyRecordEvent } from '../unit/monthly-record.decider';
import type { ServiceProjectEvent } from '../unit/service-project.decider';
import type { UnitEvent } from '../unit/unit.decider';
import type { VolunteerEvent } from '../volunteer/volunteer.decider';

export type DomainEvent =
  | AccountEvent
  | ActivityEvent
  | ActivitySeriesEvent
  | CommunityEvent
  | PartnerEvent
  | RewardEvent
  | PersonEvent
  | PolicyEvent
  | ServiceRequestEvent
  | StaffEvent
  | TeamEvent
  | VolunteerEvent
  | VolunteerApplicationEvent
  | RosterImportEvent
  | UnitEvent
  | MonthlyRecordEvent
  | AppraisalEvent
  | CertificateEvent
  | ServiceProjectEvent
  | PoolEvent
  | BeneficiaryEvent
  | CertificateEvent
  | CorrectionRequestEvent
  | ServiceProjectEvent
  | AgreementEvent
  | PairingEvent
  | NeedEvent;

export type DomainEventType = DomainEvent['type'];

type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

interface EventSchema {
  /** The version new events are written with. */
  readonly version: number;
  /** upcasters[v] turns data of version v into version v + 1. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

/**
 * Stored type names and their schema versions. A stored name never changes
 * meaning: rename a type in code, never here. Old versions are upcast on
 * read and never rewritten.
 */
export const EVENT_SCHEMAS: Readonly<Record<DomainEventType, EventSchema>> = {
  CommunityRegistered: { version: 1, upcasters: {} },
  CertificateIssuerSet: { version: 1, upcasters: {} },
  CertificateIssued: { version: 1, upcasters: {} },
  // v2: the specialty (v1 teams said none).
  TeamRegistered: { version: 2, upcasters: { 1: (data) => ({ ...data, specialty: null }) } },
  TeamMemberJoined: { version: 1, upcasters: {} },
  TeamMemberLeft: { version: 1, upcasters: {} },
  TeamLeaderAppointed: { version: 1, upcasters: {} },
  VolunteerRegistered: { version: 1, upcasters: {} },
  VolunteerMoved: { version: 1, upcasters: {} },
  VolunteerSuspended: { version: 1, upcasters: {} },
  VolunteerReinstated: { version: 1, upcasters: {} },
  VolunteerErased: { version: 1, upcasters: {} },
  IdentityDocumentRecorded: { version: 1, upcasters: {} },
  TrainingAttended: { version: 1, upcasters: {} },
  CorrectionRequested: { version: 1, upcasters: {} },
  CorrectionRequestAccepted: { version: 1, upcasters: {} },
  CorrectionRequestRejected: { version: 1, upcasters: {} },
  CorrectionDeadlineChanged: { version: 1, upcasters: {} },
  CommendationReceived: { version: 1, upcasters: {} },
  VolunteerEvaluated: { version: 1, upcasters: {} },
  // v2: capacity and series (v1 activities had neither).
  ActivityPublished: { version: 2, upcasters: { 1: (data) => ({ ...data, capacity: null, seriesId: null }) } },
  VolunteerSignedUp: { version: 1, upcasters: {} },
  SignupWithdrawn: { version: 1, upcasters: {} },
  VolunteerWaitlisted: { version: 1, upcasters: {} },
  WaitlistLeft: { version: 1, upcasters: {} },
  WaitlistPromoted: { version: 1, upcasters: {} },
  ActivityRescheduled: { version: 1, upcasters: {} },
  ActivitySeriesPlanned: { version: 1, upcasters: {} },
  ActivityCancelled: { version: 1, upcasters: {} },
  // v2: who recorded it (v1 did not say).
  ServiceRecorded: { version: 2, upcasters: { 1: (data) => ({ ...data, recordedBy: null }) } },
  // v2: who verified it (v1 did not say).
  ServiceVerified: { version: 2, upcasters: { 1: (data) => ({ ...data, verifiedBy: null }) } },
  ServiceCorrected: { version: 1, upcasters: {} },
  ServiceRejected: { version: 1, upcasters: {} },
  TimeCardIssued: { version: 1, upcasters: {} },
  TimeCardSuspended: { version: 1, upcasters: {} },
  TimeCardReinstated: { version: 1, upcasters: {} },
  TimeCardReportedLost: { version: 1, upcasters: {} },
  // v2: the provider's record to come (v1 wrote it beside the debit).
  CreditsRedeemed: { version: 2, upcasters: { 1: (data) => ({ ...data, providerRecord: null }) } },
  // v2: the refusal, when the reversal is a move's compensation.
  RedemptionReversed: { version: 2, upcasters: { 1: (data) => ({ ...data, refusal: null }) } },
  RewardClaimed: { version: 1, upcasters: {} },
  StarLevelCertified: { version: 1, upcasters: {} },
  StarThresholdsChanged: { version: 1, upcasters: {} },
  CardLevelChanged: { version: 1, upcasters: {} },
  SeparateVerifierRequirementChanged: { version: 1, upcasters: {} },
  PartnerRegistered: { version: 1, upcasters: {} },
  RewardOffered: { version: 1, upcasters: {} },
  RewardWithdrawn: { version: 1, upcasters: {} },
  ServiceRequested: { version: 1, upcasters: {} },
  ServiceProviderAssigned: { version: 1, upcasters: {} },
  ServiceRequestCompleted: { version: 1, upcasters: {} },
  ServiceRequestCancelled: { version: 1, upcasters: {} },
  StaffRegistered: { version: 1, upcasters: {} },
  StaffCommunityGranted: { version: 1, upcasters: {} },
  StaffCommunityRevoked: { version: 1, upcasters: {} },
  RoleGranted: { version: 1, upcasters: {} },
  SignInCodeIssued: { version: 1, upcasters: {} },
  AccountActivated: { version: 1, upcasters: {} },
  PasswordChanged: { version: 1, upcasters: {} },
  VolunteerApplied: { version: 1, upcasters: {} },
  VolunteerApplicationApproved: { version: 1, upcasters: {} },
  VolunteerApplicationRejected: { version: 1, upcasters: {} },
  RosterImportStarted: { version: 1, upcasters: {} },
  RosterImportCompleted: { version: 1, upcasters: {} },
  VolunteerUnitChanged: { version: 1, upcasters: {} },
  VolunteerReportedIn: { version: 1, upcasters: {} },
  UnitRegistered: { version: 1, upcasters: {} },
  UnitEdited: { version: 1, upcasters: {} },
  UnitRetired: { version: 1, upcasters: {} },
  MonthlyRecordClosed: { version: 1, upcasters: {} },
  RankingWeightsChanged: { version: 1, upcasters: {} },
  AppraisalEntered: { version: 1, upcasters: {} },
  ServiceProjectRegistered: { version: 1, upcasters: {} },
  ServiceProjectStatusChanged: { version: 1, upcasters: {} },
  ServiceProjectActivityLinked: { version: 1, upcasters: {} },
  FamilyMemberDeclared: { version: 1, upcasters: {} },
  FamilyMemberConfirmed: { version: 1, upcasters: {} },
  CreditsGiven: { version: 1, upcasters: {} },
  GiftReceived: { version: 1, upcasters: {} },
  GiftRefused: { version: 1, upcasters: {} },
  GiftReturned: { version: 1, upcasters: {} },
  CreditRulesChanged: { version: 1, upcasters: {} },
  BirthDateRecorded: { version: 1, upcasters: {} },
  CreditsDonated: { version: 1, upcasters: {} },
  PoolDonationReceived: { version: 1, upcasters: {} },
  PoolGranted: { version: 1, upcasters: {} },
  BeneficiaryRegistered: { version: 1, upcasters: {} },
  GrantReceived: { version: 1, upcasters: {} },
  GrantRedeemed: { version: 1, upcasters: {} },
  GrantRedemptionRefunded: { version: 1, upcasters: {} },
  BeneficiaryErased: { version: 1, upcasters: {} },
  FamilyBeneficiaryDeclared: { version: 1, upcasters: {} },
  FamilyBeneficiaryConfirmed: { version: 1, upcasters: {} },
  CreditsGivenToBeneficiary: { version: 1, upcasters: {} },
  BeneficiaryGiftReceived: { version: 1, upcasters: {} },
  BeneficiaryGiftRefused: { version: 1, upcasters: {} },
  CreditCapped: { version: 1, upcasters: {} },
  PoolExcessReceived: { version: 1, upcasters: {} },
  CoBuildingAgreementRegistered: { version: 1, upcasters: {} },
  CoBuildingAgreementAmended: { version: 1, upcasters: {} },
  CoBuildingAgreementEnded: { version: 1, upcasters: {} },
  PairingRegistered: { version: 1, upcasters: {} },
  PairingVisitRecorded: { version: 1, upcasters: {} },
  PairingEnded: { version: 1, upcasters: {} },
  ResidentNeedRegistered: { version: 1, upcasters: {} },
  ResidentNeedClosed: { version: 1, upcasters: {} },
};

export const DOMAIN_EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as DomainEventType[];

export function isDomainEventType(type: string): type is DomainEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMAS, type);
}

export function currentVersion(type: DomainEventType): number {
  return EVENT_SCHEMAS[type].version;
}

export class UnknownEventError extends Error {
  constructor(readonly type: string, readonly version: number) {
    super(`No schema for stored event ${type} v${version}`);
    this.name = 'UnknownEventError';
  }
}

/** A stored event as the domain reads it: upcast to the current version of its type. */
export function toDomainEvent(stored: { type: string; version: number; data: Record<string, unknown> }): DomainEvent {
  if (!isDomainEventType(stored.type)) throw new UnknownEventError(stored.type, stored.version);
  const schema = EVENT_SCHEMAS[stored.type];
  if (stored.version > schema.version || stored.version < 1) throw new UnknownEventError(stored.type, stored.version);
  let data = stored.data;
  for (let version = stored.version; version < schema.version; version += 1) {
    const upcast = schema.upcasters[version];
    if (!upcast) throw new UnknownEventError(stored.type, version);
    data = upcast(data);
  }
  return { type: stored.type, data } as DomainEvent;
}
