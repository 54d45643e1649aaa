import { oneOf, responseSchema, writeResultSchema } from '../../platform/docs/response-schema';
import { FAMILY_RELATIONS } from '@shiji/domain';

/** creditMinutes: the giver's balance right after. */
export const CreditsGivenSchema = writeResultSchema('CreditsGiven', { giftId: 'string', fromVolunteerId: 'string', toVolunteerId: 'string', minutes: 'integer', creditMinutes: 'integer' });
export const FamilyMemberDeclaredSchema = writeResultSchema('FamilyMemberDeclared', { volunteerId: 'string', memberVolunteerId: 'string', relation: oneOf(FAMILY_RELATIONS) });
export const FamilyMemberConfirmedSchema = writeResultSchema('FamilyMemberConfirmed', { volunteerId: 'string', memberVolunteerId: 'string' });
export const FamilyMembersSchema = responseSchema('FamilyMembers', {
  items: [{ volunteerId: 'string', memberVolunteerId: 'string?', memberBeneficiaryId: 'string?', relation: oneOf(FAMILY_RELATIONS), confirmed: 'boolean', declaredAt: 'string', confirmedAt: 'string?', memberErased: 'boolean' }],
});
export const CreditsGivenToResidentSchema = writeResultSchema('CreditsGivenToResident', { giftId: 'string', fromVolunteerId: 'string', beneficiaryId: 'string', minutes: 'integer', creditMinutes: 'integer' });
export const FamilyResidentDeclaredSchema = writeResultSchema('FamilyResidentDeclared', { volunteerId: 'string', beneficiaryId: 'string', relation: oneOf(FAMILY_RELATIONS) });
export const FamilyResidentConfirmedSchema = writeResultSchema('FamilyResidentConfirmed', { volunteerId: 'string', beneficiaryId: 'string' });
