import { householdSubject, pairingDecider, pairingStream, type PairingEvent, type Volunteer } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(pairingDecider);
const pairingId = 'pr-1';
const household = { v: 1, iv: 'iv', data: 'sealed' } as never;
const data = { pairingId, communityId: 'c-1', helper: { kind: 'unit' as const, id: 'u-1' }, helped: { kind: 'household' as const, household }, category: 'elderly_care' as const, frequency: '每周一次', startsOn: '2026-01-01' };
const registered: PairingEvent = { type: 'PairingRegistered', data };
const volunteer = (unitId: string | null): Volunteer => ({ exists: true, volunteerId: 'v-1', communityId: 'c-1', active: true, partyMember: true, unitId, erased: false });
const visit = { type: 'RecordPairingVisit' as const, pairingId, recordId: 'r-1', volunteerId: 'v-1', startedAt: '2026-03-01T02:00:00.000Z', minutes: 60 };
const visited: PairingEvent = { type: 'PairingVisitRecorded', data: { pairingId, recordId: 'r-1', volunteerId: 'v-1', startedAt: '2026-03-01T02:00:00.000Z', minutes: 60 } };

describe('pairing (结对帮扶)', () => {
  it('registers a unit with a household or a community, a volunteer only with a household', () => {
    expect([pairingStream(pairingId), householdSubject(pairingId)]).toEqual(['pairing-pr-1', 'pairing-household-pr-1']);
    spec.given([]).when({ type: 'RegisterPairing', ...data }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterPairing', ...data }).thenThrows('PAIRING_ALREADY_EXISTS', { pairingId });
    spec.given([]).when({ type: 'RegisterPairing', ...data, helper: { kind: 'unit', id: 'u-1' }, helped: { kind: 'community' } })
      .then([{ type: 'PairingRegistered', data: { ...data, helped: { kind: 'community' } } }]);
    spec.given([]).when({ type: 'RegisterPairing', ...data, helper: { kind: 'volunteer', id: 'v-1' }, helped: { kind: 'community' } })
      .thenThrows('INVALID_PAIRING', { pairingId, helper: 'volunteer', helped: 'community' });
  });

  it('records a visit by a volunteer of the paired unit, or the paired volunteer, once per record', () => {
    spec.given([registered]).when({ ...visit, volunteer: volunteer('u-1') }).then([visited]);
    spec.given([registered, visited]).when({ ...visit, volunteer: volunteer('u-1') }).then([]);
    spec.given([registered]).when({ ...visit, volunteer: volunteer('u-2') }).thenThrows('VISITOR_NOT_IN_PAIRING', { pairingId, volunteerId: 'v-1' });
    const byVolunteer: PairingEvent = { type: 'PairingRegistered', data: { ...data, helper: { kind: 'volunteer', id: 'v-1' } } };
    spec.given([byVolunteer]).when({ ...visit, volunteer: volunteer(null) }).then([visited]);
    spec.given([registered]).when({ ...visit, volunteer: { exists: false } }).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId: 'v-1' });
  });

  it('ends a pairing; an ended one takes no visits', () => {
    const ended: PairingEvent = { type: 'PairingEnded', data: { pairingId, reason: '搬迁' } };
    spec.given([registered]).when({ type: 'EndPairing', pairingId, reason: '搬迁' }).then([ended]);
    spec.given([registered, ended]).when({ ...visit, volunteer: volunteer('u-1') }).thenThrows('PAIRING_ENDED', { pairingId });
    spec.given([]).when({ type: 'EndPairing', pairingId, reason: '搬迁' }).thenThrows('PAIRING_NOT_FOUND', { pairingId });
  });
});
