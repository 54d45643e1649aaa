import type { MonthlyRecordEvent, UnitEvent, VolunteerEvent } from '@shiji/domain';
import { unitsProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(unitsProjection);

const sealed = { sealed: 'aes-256-gcm' as const, iv: 'i', tag: 't', ciphertext: 'c' };
const registered: UnitEvent = { type: 'UnitRegistered', data: { unitId: 'u-1', communityId: 'c-1', name: '第一医院', kind: 'hospital', partyOrganisation: '医院党委', liaison: sealed, fromFreeText: false } };
const volunteer: VolunteerEvent = { type: 'VolunteerRegistered', data: { volunteerId: 'v-1', communityId: 'c-1', personal: sealed, partyMember: true, unitId: 'free text' } };

describe('the units projection', () => {
  it('lists a unit, its edits and its retirement', () => {
    spec.given([registered])
      .when([{ type: 'UnitEdited', data: { unitId: 'u-1', name: '第一人民医院', kind: 'hospital', partyOrganisation: null, liaison: null } }, { type: 'UnitRetired', data: { unitId: 'u-1', reason: '迁出' } }])
      .then({
        units: {
          'u-1': { unitId: 'u-1', communityId: 'c-1', name: '第一人民医院', kind: 'hospital', partyOrganisation: null, liaison: null, liaisonVolunteerId: null, fromFreeText: false, status: 'retired', registeredAt: at(1), retiredAt: at(3) },
        },
      });
  });

  it('follows each volunteer\'s unit, community and reporting in', () => {
    spec.given([volunteer])
      .when([
        { type: 'VolunteerUnitChanged', data: { volunteerId: 'v-1', unitId: 'u-1' } },
        { type: 'VolunteerMoved', data: { volunteerId: 'v-1', fromCommunityId: 'c-1', toCommunityId: 'c-2' } },
        { type: 'VolunteerReportedIn', data: { volunteerId: 'v-1', unitId: 'u-2', communityId: 'c-2' } },
      ])
      .then({ unit_members: { 'v-1': { volunteerId: 'v-1', communityId: 'c-2', unitId: 'u-2', partyMember: true, reportedIn: { unitId: 'u-2', communityId: 'c-2', at: at(4) } } } });
  });

  it('keeps a closed month as it was closed', () => {
    const totals = { members: 1, membersReportedIn: 1, minutes: 60, minutesByCategory: { culture: 60 }, minutesByCommunity: { 'c-1': 60 }, activitiesJoined: 1, requestsResolved: 0, projectsDelivered: 0 };
    const closed: MonthlyRecordEvent = { type: 'MonthlyRecordClosed', data: { unitId: 'u-1', communityId: 'c-1', month: '2026-03', totals, adjustments: [] } };
    spec.given([]).when([closed]).then({ monthly_records: { '2026-03|u-1': { unitId: 'u-1', communityId: 'c-1', month: '2026-03', totals, adjustments: [], closedAt: at(1) } } });
  });

  it('keeps the last appraisal entered for a unit or team and year, and the ranking weights', () => {
    const entered = (score: number) => ({ type: 'AppraisalEntered' as const, data: { kind: 'team' as const, subjectId: 't-1', communityId: 'c-1', year: 2026, score } });
    const weights = { hoursPerMember: 1, participationRate: 0, projectsDelivered: 0, appraisal: 1 };
    spec.given([entered(70)])
      .when([entered(85), { type: 'RankingWeightsChanged', data: { weights, previousWeights: { hoursPerMember: 40, participationRate: 30, projectsDelivered: 10, appraisal: 20 } } }])
      .then({
        appraisals: { 'team|t-1|2026': { kind: 'team', subjectId: 't-1', communityId: 'c-1', year: 2026, score: 85, enteredAt: at(2) } },
        ranking_weights: { street: { ...weights, changedAt: at(3) } },
      });
  });

  it('keeps the service-project menu with each project\'s status and the activities that delivered it', () => {
    const data = { projectId: 'p-1', communityId: 'c-1', title: '健康义诊', category: 'health_clinic' as const, description: '每月一次', provider: { kind: 'unit' as const, id: 'u-1' }, schedule: null };
    spec.given([{ type: 'ServiceProjectRegistered', data }])
      .when([{ type: 'ServiceProjectActivityLinked', data: { projectId: 'p-1', activityId: 'a-1' } }, { type: 'ServiceProjectStatusChanged', data: { projectId: 'p-1', status: 'paused' } }])
      .then({ service_projects: { 'p-1': { ...data, status: 'paused', activities: ['a-1'], registeredAt: at(1) } } });
  });

  it('ignores changes to units and volunteers it never saw', () => {
    spec.given([]).when([{ type: 'UnitRetired', data: { unitId: 'u-9', reason: 'x' } }, { type: 'VolunteerUnitChanged', data: { volunteerId: 'v-9', unitId: 'u-1' } }]).thenNothingWritten();
  });
});
