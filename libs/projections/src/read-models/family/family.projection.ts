import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';

/** A family member a volunteer declared, and whether staff confirmed it (only then may gifts go to them). */
export interface FamilyMemberView extends Record<string, unknown> {
  volunteerId: string;
  memberVolunteerId: string;
  relation: string;
  confirmed: boolean;
  declaredAt: string;
  confirmedAt: string | null;
}

export const familyMemberId = (volunteerId: string, memberVolunteerId: string): string => `${volunteerId}:${memberVolunteerId}`;

/** Volunteers' declared family. */
export const familyProjection = defineProjection({
  name: 'family',
  collections: [{ name: 'family_members', columns: [{ name: 'volunteer_id', expression: "(data->>'volunteerId')", type: 'text', indexed: true }] }],
  canHandle: ['FamilyMemberDeclared', 'FamilyMemberConfirmed'],

  needs(event) {
    return [{ collection: 'family_members', id: familyMemberId(event.data.volunteerId, event.data.memberVolunteerId) }];
  },

  evolve(event, documents): void {
    const id = familyMemberId(event.data.volunteerId, event.data.memberVolunteerId);
    switch (event.type) {
      case 'FamilyMemberDeclared': {
        const { volunteerId, memberVolunteerId, relation } = event.data;
        const view: FamilyMemberView = { volunteerId, memberVolunteerId, relation, confirmed: false, declaredAt: event.metadata.occurredAt, confirmedAt: null };
        documents.put('family_members', id, view, event.position);
        return;
      }
      case 'FamilyMemberConfirmed': {
        const view = documents.get<FamilyMemberView>('family_members', id);
        if (view) documents.put('family_members', id, { ...view, confirmed: true, confirmedAt: event.metadata.occurredAt }, event.position);
        return;
      }
      default:
        assertNever(event);
    }
  },
});
