import { nullable, oneOf, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';
import { UNIT_KINDS } from '@shiji/domain';

export const UnitSchema = responseSchema('Unit', {
  unitId: 'string',
  communityId: 'string',
  name: 'string',
  kind: oneOf(UNIT_KINDS),
  partyOrganisation: 'string?',
  liaison: nullable({ name: 'string', phone: 'string', erased: 'boolean' }),
  liaisonVolunteerId: 'string?',
  status: oneOf(['active', 'retired']),
  fromFreeText: 'boolean',
  registeredAt: 'string',
  retiredAt: 'string?',
  members: 'integer',
  membersReportedIn: 'integer',
});
export const UnitListSchema = responseSchema('UnitList', { items: [UnitSchema] });

export const ReportInCountsSchema = responseSchema('ReportInCounts', {
  byUnit: [{ unitId: 'string', reportedIn: 'integer' }],
  byCommunity: [{ communityId: 'string', reportedIn: 'integer' }],
  total: 'integer',
});

export const FreeTextUnitsSchema = writeResultSchema('FreeTextUnitsMigrated', {
  units: [{ unitId: 'string', communityId: 'string', volunteers: 'integer' }],
  unresolved: 'integer',
});

const serviceTotals = {
  minutes: 'integer',
  minutesByCategory: 'object',
  minutesByCommunity: 'object',
  activitiesJoined: 'integer',
  requestsResolved: 'integer',
  projectsDelivered: 'integer',
} as const;

export const MonthlyRecordSchema = responseSchema('MonthlyRecord', {
  unitId: 'string',
  communityId: 'string',
  month: 'string',
  totals: { ...serviceTotals, members: 'integer', membersReportedIn: 'integer' },
  adjustments: [{ month: 'string', delta: serviceTotals, flagged: 'boolean' }],
  closedAt: 'string',
});
export const MonthlyRecordListSchema = responseSchema('MonthlyRecordList', { items: [MonthlyRecordSchema] });

export const MonthClosingSchema = writeResultSchema('MonthClosed', { month: 'string', closed: ['string'], alreadyClosed: ['string'] });

const reportLine = { members: 'integer', membersReportedIn: 'integer', minutes: 'integer', activitiesJoined: 'integer', requestsResolved: 'integer', adjustmentMinutes: 'integer' } as const;
export const MonthlyReportSchema = responseSchema('MonthlyUnitReport', {
  communityId: 'string',
  month: 'string',
  rows: [{ unitId: 'string', unitName: 'string', ...reportLine }],
  total: reportLine,
});

const weights = { hoursPerMember: 'integer', participationRate: 'integer', projectsDelivered: 'integer', appraisal: 'integer' } as const;
export const RankingWeightsChangedSchema = writeResultSchema('RankingWeightsChanged', { weights });
const ranked = {
  rank: 'integer',
  id: 'string',
  members: 'integer',
  activeMembers: 'integer',
  minutes: 'integer',
  projectsDelivered: 'integer',
  appraisal: 'integer?',
  hoursPerMember: 'number',
  participationRate: 'number',
  scores: { hoursPerMember: 'number', participationRate: 'number', projectsDelivered: 'number', appraisal: 'number' },
  total: 'number',
} as const;
export const UnitRankingSchema = responseSchema('UnitRanking', { year: 'integer', weights, items: [ranked] });
export const TeamRankingSchema = responseSchema('TeamRanking', {
  year: 'integer',
  weights,
  items: [{ ...ranked, months: [{ month: 'string', activities: 'integer', serviceDayHeld: 'boolean', compliant: 'boolean' }], compliantMonths: 'integer' }],
});

export const ServiceProjectSchema = responseSchema('ServiceProject', {
  projectId: 'string',
  communityId: 'string',
  title: 'string',
  category: 'string',
  description: 'string',
  provider: { kind: oneOf(['team', 'unit']), id: 'string' },
  schedule: 'string?',
  status: oneOf(['active', 'paused', 'retired']),
  activities: ['string'],
  registeredAt: 'string',
});
export const ServiceProjectListSchema = responseSchema('ServiceProjectList', { items: [ServiceProjectSchema] });

export const HoursReportSchema = responseSchema('HoursReport', {
  communityId: 'string',
  month: 'string',
  lines: [{ communityId: 'string', teamId: 'string?', teamName: 'string?', unitId: 'string?', unitName: 'string?', category: 'string', records: 'integer', minutes: 'integer', hours: 'number' }],
  byCommunity: 'object',
  byTeam: 'object',
  byUnit: 'object',
  byCategory: 'object',
  total: { minutes: 'integer', records: 'integer' },
});

export const AgreementSchema = responseSchema('CoBuildingAgreement', {
  agreementId: 'string',
  unitId: 'string',
  communityId: 'string',
  startsOn: 'string',
  endsOn: 'string?',
  commitments: 'string',
  projectIds: ['string'],
  endedOn: 'string?',
  registeredAt: 'string',
  amendedAt: 'string?',
});
export const AgreementListSchema = responseSchema('CoBuildingAgreementList', { items: [AgreementSchema] });

export const PairingSchema = responseSchema('Pairing', {
  pairingId: 'string',
  communityId: 'string',
  helper: { kind: oneOf(['unit', 'volunteer']), id: 'string' },
  helped: { kind: oneOf(['community', 'household']), household: nullable({ name: 'string', phone: 'string', erased: 'boolean' }) },
  category: 'string',
  frequency: 'string',
  startsOn: 'string',
  status: oneOf(['active', 'ended']),
  visits: [{ recordId: 'string', volunteerId: 'string', startedAt: 'string', minutes: 'integer' }],
  visitMinutes: 'integer',
  registeredAt: 'string',
  endedAt: 'string?',
});
export const PairingListSchema = responseSchema('PairingList', { items: [PairingSchema] });
export const PairingVisitSchema = writeResultSchema('PairingVisitRecorded', { pairingId: 'string', recordId: 'string', volunteerId: 'string', verified: 'boolean' });

export const NeedSchema = responseSchema('ResidentNeed', {
  needId: 'string',
  communityId: 'string',
  category: 'string',
  description: 'string',
  status: oneOf(['open', 'closed']),
  registeredAt: 'string',
  closedAt: 'string?',
});
export const NeedListSchema = responseSchema('ResidentNeedList', { items: [NeedSchema] });
export const NeedMatchesSchema = responseSchema('ResidentNeedMatches', {
  needId: 'string',
  category: 'string',
  projects: [{ projectId: 'string', title: 'string', provider: { kind: oneOf(['team', 'unit']), id: 'string' } }],
  volunteers: [{ volunteerId: 'string', via: [{ kind: oneOf(['team', 'unit']), id: 'string' }] }],
});
