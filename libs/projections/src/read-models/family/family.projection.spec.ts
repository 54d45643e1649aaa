import type { AccountEvent } from '@shiji/domain';
import { familyProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(familyProjection);

const declared: AccountEvent = { type: 'FamilyMemberDeclared', data: { volunteerId: 'v-1', memberVolunteerId: 'v-2', relation: 'grandparent' } };
const confirmed: AccountEvent = { type: 'FamilyMemberConfirmed', data: { volunteerId: 'v-1', memberVolunteerId: 'v-2' } };
const member = { volunteerId: 'v-1', memberVolunteerId: 'v-2', relation: 'grandparent', confirmed: false, declaredAt: at(1), confirmedAt: null };

describe('the family projection', () => {
  it('lists a declared member as not yet confirmed', () => {
    spec.given([]).when([declared]).then({ family_members: { 'v-1:v-2': member } });
  });

  it('marks the member confirmed, with when', () => {
    spec.given([declared]).when([confirmed]).then({ family_members: { 'v-1:v-2': { ...member, confirmed: true, confirmedAt: at(2) } } });
  });

  it('ignores a confirmation of a member never declared', () => {
    spec.given([]).when([confirmed]).thenNothingWritten();
  });

  it('lists a resident in need declared as family, keyed apart from volunteers, and confirms them', () => {
    const residentDeclared: AccountEvent = { type: 'FamilyBeneficiaryDeclared', data: { volunteerId: 'v-1', beneficiaryId: 'b-1', communityId: 'c-1', relation: 'parent' } };
    const residentConfirmed: AccountEvent = { type: 'FamilyBeneficiaryConfirmed', data: { volunteerId: 'v-1', beneficiaryId: 'b-1' } };
    const resident = { volunteerId: 'v-1', memberVolunteerId: null, memberBeneficiaryId: 'b-1', relation: 'parent', confirmed: false, declaredAt: at(1), confirmedAt: null };
    spec.given([]).when([residentDeclared]).then({ family_members: { 'v-1:beneficiary:b-1': resident } });
    spec.given([residentDeclared]).when([residentConfirmed]).then({ family_members: { 'v-1:beneficiary:b-1': { ...resident, confirmed: true, confirmedAt: at(2) } } });
  });
});
