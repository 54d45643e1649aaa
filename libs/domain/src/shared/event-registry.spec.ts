import { currentVersion, DOMAIN_EVENT_TYPES, EVENT_SCHEMAS, isDomainEventType, toDomainEvent, UnknownEventError } from '@shiji/domain';

/** Stored type names are history: this list only ever grows. */
const STORED_TYPE_NAMES = [
  'CommunityRegistered',
  'TeamRegistered',
  'TeamMemberJoined',
  'TeamMemberLeft',
  'TeamLeaderAppointed',
  'VolunteerRegistered',
  'VolunteerMoved',
  'VolunteerSuspended',
  'VolunteerReinstated',
  'ActivityPublished',
  'VolunteerSignedUp',
  'SignupWithdrawn',
  'VolunteerWaitlisted',
  'WaitlistLeft',
  'WaitlistPromoted',
  'ActivityRescheduled',
  'ActivitySeriesPlanned',
  'ActivityCancelled',
  'ServiceRecorded',
  'ServiceVerified',
  'ServiceCorrected',
  'ServiceRejected',
  'TimeCardIssued',
  'TimeCardSuspended',
  'TimeCardReinstated',
  'TimeCardReportedLost',
  'CreditsRedeemed',
  'RedemptionReversed',
  'RewardClaimed',
  'StarLevelCertified',
  'StarThresholdsChanged',
  'CardLevelChanged',
  'PartnerRegistered',
  'RewardOffered',
  'RewardWithdrawn',
  'ServiceRequested',
  'ServiceProviderAssigned',
  'ServiceRequestCompleted',
  'ServiceRequestCancelled',
  'StaffRegistered',
  'StaffCommunityGranted',
  'StaffCommunityRevoked',
  'VolunteerErased',
  'RoleGranted',
  'SignInCodeIssued',
  'AccountActivated',
  'PasswordChanged',
  'VolunteerApplied',
  'VolunteerApplicationApproved',
  'VolunteerApplicationRejected',
  'RosterImportStarted',
  'RosterImportCompleted',
  'IdentityDocumentRecorded',
  'CertificateIssuerSet',
  'SeparateVerifierRequirementChanged',
  'CertificateIssued',
  'UnitRegistered',
  'UnitEdited',
  'UnitRetired',
  'VolunteerUnitChanged',
  'VolunteerReportedIn',
  'MonthlyRecordClosed',
  'RankingWeightsChanged',
  'AppraisalEntered',
  'ServiceProjectRegistered',
  'ServiceProjectStatusChanged',
  'ServiceProjectActivityLinked',
  'FamilyMemberDeclared',
  'FamilyMemberConfirmed',
  'CreditsGiven',
  'GiftReceived',
  'GiftRefused',
  'GiftReturned',
  'CreditRulesChanged',
  'BirthDateRecorded',
  'CreditsDonated',
  'PoolDonationReceived',
  'PoolGranted',
  'BeneficiaryRegistered',
  'GrantReceived',
  'GrantRedeemed',
  'GrantRedemptionRefunded',
  'BeneficiaryErased',
  'CreditCapped',
  'PoolExcessReceived',
  'TrainingAttended',
  'CommendationReceived',
  'VolunteerEvaluated',
  'CorrectionRequested',
  'CorrectionRequestAccepted',
  'CorrectionRequestRejected',
  'CorrectionDeadlineChanged',
  'CoBuildingAgreementRegistered',
  'CoBuildingAgreementAmended',
  'CoBuildingAgreementEnded',
  'PairingRegistered',
  'PairingVisitRecorded',
  'PairingEnded',
  'ResidentNeedRegistered',
  'ResidentNeedClosed',
  'FamilyBeneficiaryDeclared',
  'FamilyBeneficiaryConfirmed',
  'CreditsGivenToBeneficiary',
  'BeneficiaryGiftReceived',
  'BeneficiaryGiftRefused',
];

function thrownBy(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('event registry', () => {
  it('reads a known v1 event as it was stored', () => {
    const data = { volunteerId: 'v-1', starLevel: 5 };
    expect(toDomainEvent({ type: 'StarLevelCertified', version: 1, data })).toEqual({ type: 'StarLevelCertified', data });
  });

  it('reads a v1 redemption as one whose provider, if any, was credited beside it, and a v1 reversal as made by staff', () => {
    const redeemed = { redemptionId: 'red-1', volunteerId: 'v-1', cardNumber: 'SJ-0001', minutes: 60, description: '助浴', requestId: null, providerVolunteerId: 'v-2' };
    expect(toDomainEvent({ type: 'CreditsRedeemed', version: 1, data: redeemed })).toEqual({ type: 'CreditsRedeemed', data: { ...redeemed, providerRecord: null } });
    const reversed = { redemptionId: 'red-1', volunteerId: 'v-1', minutes: 60, reason: '服务未提供' };
    expect(toDomainEvent({ type: 'RedemptionReversed', version: 1, data: reversed })).toEqual({ type: 'RedemptionReversed', data: { ...reversed, refusal: null } });
  });

  it('refuses an unknown type, naming it', () => {
    const error = thrownBy(() => toDomainEvent({ type: 'ServiceDeleted', version: 1, data: {} }));
    expect(error).toBeInstanceOf(UnknownEventError);
    expect(error).toMatchObject({ type: 'ServiceDeleted', version: 1 });
  });

  it.each([0, 3, 1.5])('refuses version %p of a known type', (version) => {
    const error = thrownBy(() => toDomainEvent({ type: 'ServiceRecorded', version, data: {} }));
    expect(error).toBeInstanceOf(UnknownEventError);
    expect(error).toMatchObject({ type: 'ServiceRecorded', version });
  });

  it('reads a v1 service record and verification as saying nothing of who recorded or verified them', () => {
    const recorded = { recordId: 'r-1', volunteerId: 'v-1', communityId: 'c-1', activityId: null, category: 'other', description: null, startedAt: '2026-03-01T01:00:00.000Z', minutes: 60, redemptionId: null };
    expect(toDomainEvent({ type: 'ServiceRecorded', version: 1, data: recorded })).toEqual({ type: 'ServiceRecorded', data: { ...recorded, recordedBy: null } });
    const verified = { recordId: 'r-1', volunteerId: 'v-1', minutes: 60 };
    expect(toDomainEvent({ type: 'ServiceVerified', version: 1, data: verified })).toEqual({ type: 'ServiceVerified', data: { ...verified, verifiedBy: null } });
  });

  it('does not mistake inherited object keys for event types', () => {
    expect(isDomainEventType('toString')).toBe(false);
    expect(isDomainEventType('constructor')).toBe(false);
    expect(() => toDomainEvent({ type: 'hasOwnProperty', version: 1, data: {} })).toThrow(UnknownEventError);
  });

  it('keeps every stored type name', () => {
    expect([...DOMAIN_EVENT_TYPES].sort()).toEqual([...STORED_TYPE_NAMES].sort());
  });

  it.each(DOMAIN_EVENT_TYPES)('%s has a schema that can upcast every older version', (type) => {
    expect(isDomainEventType(type)).toBe(true);
    const schema = EVENT_SCHEMAS[type];
    expect(Number.isInteger(schema.version) && schema.version >= 1).toBe(true);
    expect(currentVersion(type)).toBe(schema.version);
    for (let version = 1; version < schema.version; version += 1) expect(typeof schema.upcasters[version]).toBe('function');
  });
});
