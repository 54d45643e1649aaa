import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import { appraisalId, type AgreementView, type PairingView, type NeedView, monthlyRecordId, RANKING_WEIGHTS_ID, type AppraisalView, type MonthlyRecordView, type ServiceProjectView, type UnitMemberView, type UnitView } from './unit-views';

const byCommunity = { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true } as const;

/** Co-building units, the volunteers who name them (and report in), the units' closed monthly records, and the year-end appraisals and ranking weights, and the service-project menu. */
export const unitsProjection = defineProjection({
  name: 'units',
  collections: [
    { name: 'units', columns: [byCommunity] },
    { name: 'unit_members', columns: [byCommunity, { name: 'unit_id', expression: "(data->>'unitId')", type: 'text', indexed: true }] },
    {
      name: 'monthly_records',
      columns: [byCommunity, { name: 'unit_id', expression: "(data->>'unitId')", type: 'text', indexed: true }, { name: 'month', expression: "(data->>'month')", type: 'text', indexed: true }],
    },
    { name: 'appraisals', columns: [byCommunity, { name: 'year', expression: "((data->>'year')::integer)", type: 'integer', indexed: true }] },
    { name: 'ranking_weights', columns: [] },
    { name: 'service_projects', columns: [byCommunity] },
    { name: 'pairings', columns: [byCommunity] },
    { name: 'needs', columns: [byCommunity] },
    { name: 'agreements', columns: [byCommunity, { name: 'unit_id', expression: "(data->>'unitId')", type: 'text', indexed: true }] },
  ],
  canHandle: ['UnitRegistered', 'UnitEdited', 'UnitRetired', 'VolunteerRegistered', 'VolunteerMoved', 'VolunteerUnitChanged', 'VolunteerReportedIn', 'MonthlyRecordClosed', 'AppraisalEntered', 'RankingWeightsChanged',
    'ServiceProjectRegistered', 'ServiceProjectStatusChanged', 'ServiceProjectActivityLinked', 'CoBuildingAgreementRegistered', 'CoBuildingAgreementAmended', 'CoBuildingAgreementEnded',
    'PairingRegistered', 'PairingVisitRecorded', 'PairingEnded', 'ResidentNeedRegistered', 'ResidentNeedClosed'],

  needs(event) {
    switch (event.type) {
      case 'UnitRegistered':
      case 'UnitEdited':
      case 'UnitRetired':
        return [{ collection: 'units', id: event.data.unitId }];
      case 'MonthlyRecordClosed':
        return [{ collection: 'monthly_records', id: monthlyRecordId(event.data.unitId, event.data.month) }];
      case 'AppraisalEntered':
        return [{ collection: 'appraisals', id: appraisalId(event.data.kind, event.data.subjectId, event.data.year) }];
      case 'RankingWeightsChanged':
        return [{ collection: 'ranking_weights', id: RANKING_WEIGHTS_ID }];
      case 'ServiceProjectRegistered':
      case 'ServiceProjectStatusChanged':
      case 'ServiceProjectActivityLinked':
        return [{ collection: 'service_projects', id: event.data.projectId }];
      case 'CoBuildingAgreementRegistered':
      case 'CoBuildingAgreementAmended':
      case 'CoBuildingAgreementEnded':
        return [{ collection: 'agreements', id: event.data.agreementId }];
      case 'PairingRegistered':
      case 'PairingVisitRecorded':
      case 'PairingEnded':
        return [{ collection: 'pairings', id: event.data.pairingId }];
      case 'ResidentNeedRegistered':
      case 'ResidentNeedClosed':
        return [{ collection: 'needs', id: event.data.needId }];
      default:
        return [{ collection: 'unit_members', id: event.data.volunteerId }];
    }
  },

  evolve(event, documents): void {
    const at = event.metadata.occurredAt;
    const putUnit = (view: UnitView) => documents.put('units', view.unitId, view, event.position);
    const unit = (unitId: string) => documents.get<UnitView>('units', unitId);
    const member = (volunteerId: string) => documents.get<UnitMemberView>('unit_members', volunteerId);
    const putMember = (view: UnitMemberView) => documents.put('unit_members', view.volunteerId, view, event.position);
    switch (event.type) {
      case 'UnitRegistered': {
        const { unitId, communityId, name, kind, partyOrganisation, liaison, fromFreeText } = event.data;
        return putUnit({ unitId, communityId, name, kind, partyOrganisation, liaison, liaisonVolunteerId: event.data.liaisonVolunteerId ?? null, fromFreeText, status: 'active', registeredAt: at, retiredAt: null });
      }
      case 'UnitEdited': {
        const current = unit(event.data.unitId);
        if (!current) return;
        const { name, kind, partyOrganisation, liaison } = event.data;
        return putUnit({ ...current, name, kind, partyOrganisation, liaison, liaisonVolunteerId: event.data.liaisonVolunteerId ?? null });
      }
      case 'UnitRetired': {
        const current = unit(event.data.unitId);
        return current ? putUnit({ ...current, status: 'retired', retiredAt: at }) : undefined;
      }
      case 'VolunteerRegistered': {
        const { volunteerId, communityId, partyMember, unitId } = event.data;
        return putMember({ volunteerId, communityId, partyMember, unitId, reportedIn: null });
      }
      case 'VolunteerMoved': {
        const current = member(event.data.volunteerId);
        return current ? putMember({ ...current, communityId: event.data.toCommunityId }) : undefined;
      }
      case 'VolunteerUnitChanged': {
        const current = member(event.data.volunteerId);
        return current ? putMember({ ...current, unitId: event.data.unitId }) : undefined;
      }
      case 'VolunteerReportedIn': {
        const current = member(event.data.volunteerId);
        const { unitId, communityId } = event.data;
        return current ? putMember({ ...current, unitId, reportedIn: { unitId, communityId, at } }) : undefined;
      }
      case 'MonthlyRecordClosed': {
        const { unitId, communityId, month, totals, adjustments } = event.data;
        const view: MonthlyRecordView = { unitId, communityId, month, totals, adjustments, closedAt: at };
        return documents.put('monthly_records', monthlyRecordId(unitId, month), view, event.position);
      }
      case 'AppraisalEntered': {
        const { kind, subjectId, communityId, year, score } = event.data;
        const view: AppraisalView = { kind, subjectId, communityId, year, score, enteredAt: at };
        return documents.put('appraisals', appraisalId(kind, subjectId, year), view, event.position);
      }
      case 'RankingWeightsChanged':
        return documents.put('ranking_weights', RANKING_WEIGHTS_ID, { ...event.data.weights, changedAt: at }, event.position);
      case 'ServiceProjectRegistered':
        return documents.put('service_projects', event.data.projectId, { ...event.data, status: 'active', activities: [], registeredAt: at } satisfies ServiceProjectView, event.position);
      case 'ServiceProjectStatusChanged':
      case 'ServiceProjectActivityLinked': {
        const project = documents.get<ServiceProjectView>('service_projects', event.data.projectId);
        if (!project) return;
        const next = event.type === 'ServiceProjectStatusChanged' ? { ...project, status: event.data.status } : { ...project, activities: [...project.activities, event.data.activityId] };
        return documents.put('service_projects', project.projectId, next, event.position);
      }
      case 'CoBuildingAgreementRegistered':
        return documents.put('agreements', event.data.agreementId, { ...event.data, endedOn: null, registeredAt: at, amendedAt: null } satisfies AgreementView, event.position);
      case 'CoBuildingAgreementAmended':
      case 'CoBuildingAgreementEnded': {
        const agreement = documents.get<AgreementView>('agreements', event.data.agreementId);
        if (!agreement) return;
        const next = event.type === 'CoBuildingAgreementAmended' ? { ...agreement, ...event.data, amendedAt: at } : { ...agreement, endedOn: event.data.endedOn };
        return documents.put('agreements', agreement.agreementId, next, event.position);
      }
      case 'PairingRegistered':
        return documents.put('pairings', event.data.pairingId, { ...event.data, status: 'active', visits: [], registeredAt: at, endedAt: null } satisfies PairingView, event.position);
      case 'PairingVisitRecorded':
      case 'PairingEnded': {
        const pairing = documents.get<PairingView>('pairings', event.data.pairingId);
        if (!pairing) return;
        const next: PairingView = event.type === 'PairingEnded'
          ? { ...pairing, status: 'ended', endedAt: at }
          : { ...pairing, visits: [...pairing.visits, { recordId: event.data.recordId, volunteerId: event.data.volunteerId, startedAt: event.data.startedAt, minutes: event.data.minutes }] };
        return documents.put('pairings', pairing.pairingId, next, event.position);
      }
      case 'ResidentNeedRegistered':
        return documents.put('needs', event.data.needId, { ...event.data, status: 'open', registeredAt: at, closedAt: null } satisfies NeedView, event.position);
      case 'ResidentNeedClosed': {
        const need = documents.get<NeedView>('needs', event.data.needId);
        return need ? documents.put('needs', need.needId, { ...need, status: 'closed', closedAt: at }, event.position) : undefined;
      }
      default:
        return assertNever(event);
    }
  },
});
