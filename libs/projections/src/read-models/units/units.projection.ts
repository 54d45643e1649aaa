import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import { monthlyRecordId, type MonthlyRecordView, type UnitMemberView, type UnitView } from './unit-views';

const byCommunity = { name: 'community_id', expression: "(data->>'communityId')", type: 'text', indexed: true } as const;

/** Co-building units, the volunteers who name them (and report in), and the units' closed monthly records. */
export const unitsProjection = defineProjection({
  name: 'units',
  collections: [
    { name: 'units', columns: [byCommunity] },
    { name: 'unit_members', columns: [byCommunity, { name: 'unit_id', expression: "(data->>'unitId')", type: 'text', indexed: true }] },
    {
      name: 'monthly_records',
      columns: [byCommunity, { name: 'unit_id', expression: "(data->>'unitId')", type: 'text', indexed: true }, { name: 'month', expression: "(data->>'month')", type: 'text', indexed: true }],
    },
  ],
  canHandle: ['UnitRegistered', 'UnitEdited', 'UnitRetired', 'VolunteerRegistered', 'VolunteerMoved', 'VolunteerUnitChanged', 'VolunteerReportedIn', 'MonthlyRecordClosed'],

  needs(event) {
    switch (event.type) {
      case 'UnitRegistered':
      case 'UnitEdited':
      case 'UnitRetired':
        return [{ collection: 'units', id: event.data.unitId }];
      case 'MonthlyRecordClosed':
        return [{ collection: 'monthly_records', id: monthlyRecordId(event.data.unitId, event.data.month) }];
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
        return putUnit({ unitId, communityId, name, kind, partyOrganisation, liaison, fromFreeText, status: 'active', registeredAt: at, retiredAt: null });
      }
      case 'UnitEdited': {
        const current = unit(event.data.unitId);
        if (!current) return;
        const { name, kind, partyOrganisation, liaison } = event.data;
        return putUnit({ ...current, name, kind, partyOrganisation, liaison });
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
      default:
        return assertNever(event);
    }
  },
});
