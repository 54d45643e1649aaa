import { unitDecider, unitStream, type UnitEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(unitDecider);

const unitId = 'u-hospital';
const liaison = { sealed: 'aes-256-gcm' as const, iv: 'iv', tag: 'tag', ciphertext: 'secret' };
const details = { name: '市第一人民医院', kind: 'hospital' as const, partyOrganisation: '医院党委', liaison };
const registered: UnitEvent = { type: 'UnitRegistered', data: { unitId, communityId: 'c-1', ...details, fromFreeText: false } };
const retired: UnitEvent = { type: 'UnitRetired', data: { unitId, reason: '迁出辖区' } };

describe('co-building units', () => {
  it('have one stream each', () => {
    expect(unitStream(unitId)).toBe('unit-u-hospital');
  });

  it('are registered in a community once', () => {
    spec.given([]).when({ type: 'RegisterUnit', unitId, communityId: 'c-1', ...details }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterUnit', unitId, communityId: 'c-2', ...details }).thenThrows('UNIT_ALREADY_EXISTS', { unitId });
  });

  it('remember when they came from a volunteer\'s free-text unit name', () => {
    spec.given([]).when({ type: 'RegisterUnit', unitId: '第一医院', communityId: 'c-1', name: '第一医院', kind: 'other', partyOrganisation: null, liaison: null, fromFreeText: true })
      .then([{ type: 'UnitRegistered', data: { unitId: '第一医院', communityId: 'c-1', name: '第一医院', kind: 'other', partyOrganisation: null, liaison: null, fromFreeText: true } }]);
  });

  it('are edited while active, and retired once', () => {
    const edit = { type: 'EditUnit' as const, unitId, name: '第一人民医院' };
    spec.given([registered]).when(edit).then([{ type: 'UnitEdited', data: { unitId, ...details, name: '第一人民医院', liaisonVolunteerId: null } }]);
    spec.given([registered]).when({ type: 'EditUnit', unitId, liaison: null, partyOrganisation: null })
      .then([{ type: 'UnitEdited', data: { unitId, ...details, liaison: null, partyOrganisation: null, liaisonVolunteerId: null } }]);
    // The liaison officer's account: linked, kept by later edits that leave it out, unlinked with null.
    const linked = { type: 'UnitEdited' as const, data: { unitId, ...details, liaisonVolunteerId: 'v-liaison' } };
    spec.given([registered]).when({ type: 'EditUnit', unitId, liaisonVolunteerId: 'v-liaison' }).then([linked]);
    spec.given([registered, linked]).when(edit).then([{ type: 'UnitEdited', data: { ...linked.data, name: '第一人民医院' } }]);
    spec.given([registered, linked]).when({ type: 'EditUnit', unitId, liaisonVolunteerId: null }).then([{ type: 'UnitEdited', data: { ...linked.data, liaisonVolunteerId: null } }]);
    spec.given([]).when(edit).thenThrows('UNIT_NOT_FOUND', { unitId });
    spec.given([registered]).when({ type: 'RetireUnit', unitId, reason: '迁出辖区' }).then([retired]);
    spec.given([registered, retired]).when({ type: 'RetireUnit', unitId, reason: '再次' }).thenThrows('UNIT_RETIRED', { unitId });
    spec.given([registered, retired]).when(edit).thenThrows('UNIT_RETIRED', { unitId });
  });
});
