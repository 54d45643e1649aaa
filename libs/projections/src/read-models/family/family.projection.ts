import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';

/** A family member a volunteer declared, and whether staff confirmed it (only then may gifts go to them). */
export interface FamilyMemberView extends Record<string, unknown> {
  volunteerId: string;
  /** A registered volunteer; null when the member is a resident in need (memberBeneficiaryId). */
  memberVolunteerId: string | null;
  /** Set only for a resident in need (a pool beneficiary, name and phone sealed in their own stream). */
  memberBeneficiaryId?: string;
  relation: string;
  confirmed: boolean;
  declaredAt: string;
  confirmedAt: string | null;
}

export const familyMemberId = (volunteerId: string, memberVolunteerId: string): string => `${volunteerId}:${memberVolunteerId}`;
export const familyBeneficiaryId = (volunteerId: string, beneficiaryId: string): string => `${volunteerId}:beneficiary:${beneficiaryId}`;

/** Volunteers' declared family. */
export const familyProjection = defineProjection({
  name: 'family',
  collections: [{ name: 'family_members', columns: [{ name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true }] }],
  canHandle: ['FamilyMemberDeclared', 'FamilyMemberConfirmed', 'FamilyBeneficiaryDeclared', 'FamilyBeneficiaryConfirmed'],

  needs(event) {
    return [{ collection: 'family_members', id: rowId(event) }];
  },

  evolve(event, documents): void {
    const id = rowId(event);
    switch (event.type) {
      case 'FamilyBeneficiaryDeclared': {
        const { volunteerId, beneficiaryId, relation } = event.data;
        const view: FamilyMemberView = {
          volunteerId,
          memberVolunteerId: null,
          memberBeneficiaryId: beneficiaryId,
          relation,
          confirmed: false,
          declaredAt: event.metadata.occurredAt,
          confirmedAt: null,
        };
        documents.put('family_members', id, view, event.position);
        return;
      }
      case 'FamilyMemberDeclared': {
        const { volunteerId, memberVolunteerId, relation } = event.data;
        const view: FamilyMemberView = { volunteerId, memberVolunteerId, relation, confirmed: false, declaredAt: event.metadata.occurredAt, confirmedAt: null };
        documents.put('family_members', id, view, event.position);
        return;
      }
      case 'FamilyMemberConfirmed':
      case 'FamilyBeneficiaryConfirmed': {
        const view = documents.get<FamilyMemberView>('family_members', id);
        if (view) documents.put('family_members', id, { ...view, confirmed: true, confirmedAt: event.metadata.occurredAt }, event.position);
        return;
      }
      default:
        assertNever(event);
    }
  },
});

function rowId(event: { type: string; data: { volunteerId: string; memberVolunteerId?: string; beneficiaryId?: string } }): string {
  return event.data.beneficiaryId !== undefined ? familyBeneficiaryId(event.data.volunteerId, event.data.beneficiaryId) : familyMemberId(event.data.volunteerId, event.data.memberVolunteerId ?? '');
}
