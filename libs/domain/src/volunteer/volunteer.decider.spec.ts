import { fold, volunteerDecider, volunteerStream, type VolunteerCommand, type VolunteerEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(volunteerDecider);

const volunteerId = 'v-1';
const personal = { name: '王秀英', phone: '13800000000' };

const registered: VolunteerEvent = {
  type: 'VolunteerRegistered',
  data: { volunteerId, communityId: 'c-1', personal, partyMember: true, unitId: 'u-hospital' },
};
const suspended: VolunteerEvent = { type: 'VolunteerSuspended', data: { volunteerId, reason: '本人申请暂停' } };

const register: VolunteerCommand = { type: 'RegisterVolunteer', volunteerId, communityId: 'c-1', personal, partyMember: true, unitId: 'u-hospital' };
const moveTo = (toCommunityId: string): VolunteerCommand => ({ type: 'MoveVolunteer', volunteerId, toCommunityId });
const suspend: VolunteerCommand = { type: 'SuspendVolunteer', volunteerId, reason: '本人申请暂停' };
const reinstate: VolunteerCommand = { type: 'ReinstateVolunteer', volunteerId };

describe('volunteers', () => {
  it('have one stream each', () => {
    expect(volunteerStream('v-1')).toBe('volunteer-v-1');
  });

  describe('registration', () => {
    it('registers a volunteer in one community, with their co-building unit', () => {
      spec.given([]).when(register).then([registered]);
    });

    it('happens once', () => {
      spec.given([registered]).when(register).thenThrows('VOLUNTEER_ALREADY_EXISTS', { volunteerId });
    });

    it('leaves the volunteer active, without keeping personal data in the state', () => {
      expect(fold(volunteerDecider, [registered])).toEqual({ exists: true, volunteerId, communityId: 'c-1', active: true, partyMember: true, unitId: 'u-hospital', erased: false });
    });
  });

  describe('moving to another community', () => {
    it('is an event naming both communities', () => {
      spec.given([registered]).when(moveTo('c-2')).then([{ type: 'VolunteerMoved', data: { volunteerId, fromCommunityId: 'c-1', toCommunityId: 'c-2' } }]);
    });

    it('refuses a move to the community they are in', () => {
      spec.given([registered]).when(moveTo('c-1')).thenThrows('VOLUNTEER_ALREADY_IN_COMMUNITY', { volunteerId, communityId: 'c-1' });
    });

    it('counts from the community they moved to', () => {
      const moved: VolunteerEvent = { type: 'VolunteerMoved', data: { volunteerId, fromCommunityId: 'c-1', toCommunityId: 'c-2' } };
      spec.given([registered, moved]).when(moveTo('c-2')).thenThrows('VOLUNTEER_ALREADY_IN_COMMUNITY');
      spec.given([registered, moved]).when(moveTo('c-1')).then([{ type: 'VolunteerMoved', data: { volunteerId, fromCommunityId: 'c-2', toCommunityId: 'c-1' } }]);
    });

    it('needs a registered volunteer', () => {
      spec.given([]).when(moveTo('c-2')).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });
  });

  describe('suspension', () => {
    it('suspends an active volunteer with a reason', () => {
      spec.given([registered]).when(suspend).then([suspended]);
    });

    it('cannot suspend twice', () => {
      spec.given([registered, suspended]).when(suspend).thenThrows('VOLUNTEER_SUSPENDED', { volunteerId });
    });

    it('reinstates a suspended volunteer', () => {
      spec.given([registered, suspended]).when(reinstate).then([{ type: 'VolunteerReinstated', data: { volunteerId } }]);
      expect(fold(volunteerDecider, [registered, suspended, { type: 'VolunteerReinstated', data: { volunteerId } }])).toMatchObject({ active: true });
    });

    it('cannot reinstate an active volunteer', () => {
      spec.given([registered]).when(reinstate).thenThrows('VOLUNTEER_NOT_SUSPENDED', { volunteerId });
    });

    it.each([
      ['suspend', suspend],
      ['reinstate', reinstate],
    ])('cannot %s an unknown volunteer', (_case, command) => {
      spec.given([]).when(command).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });
  });

  describe('erasure', () => {
    const erase: VolunteerCommand = { type: 'EraseVolunteer', volunteerId };
    const erased: VolunteerEvent = { type: 'VolunteerErased', data: { volunteerId } };

    it('records that the personal data is gone, keeping the volunteer and their community', () => {
      spec.given([registered]).when(erase).then([erased]);
      expect(fold(volunteerDecider, [registered, erased])).toMatchObject({ exists: true, communityId: 'c-1', erased: true });
    });

    it('happens once', () => {
      spec.given([registered, erased]).when(erase).thenThrows('VOLUNTEER_ALREADY_ERASED', { volunteerId });
    });

    it('needs a registered volunteer', () => {
      spec.given([]).when(erase).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });
  });

  describe('their co-building unit', () => {
    const changed = (unitId: string | null): VolunteerEvent => ({ type: 'VolunteerUnitChanged', data: { volunteerId, unitId } });

    it('is named by reference, changed or cleared, and naming the same unit again changes nothing', () => {
      spec.given([registered]).when({ type: 'ChangeVolunteerUnit', volunteerId, unitId: 'u-school' }).then([changed('u-school')]);
      spec.given([registered]).when({ type: 'ChangeVolunteerUnit', volunteerId, unitId: null }).then([changed(null)]);
      spec.given([registered]).when({ type: 'ChangeVolunteerUnit', volunteerId, unitId: 'u-hospital' }).then([]);
      expect(fold(volunteerDecider, [registered, changed('u-school')])).toMatchObject({ unitId: 'u-school' });
    });
  });

  describe('reporting in (在职党员报到)', () => {
    const reportedIn: VolunteerEvent = { type: 'VolunteerReportedIn', data: { volunteerId, unitId: 'u-school', communityId: 'c-1' } };

    it('a Party member reports to the community where they live, naming the unit that employs them', () => {
      spec.given([registered]).when({ type: 'ReportIn', volunteerId, unitId: 'u-school' }).then([reportedIn]);
      expect(fold(volunteerDecider, [registered, reportedIn])).toMatchObject({ unitId: 'u-school', reportedIn: { unitId: 'u-school', communityId: 'c-1' } });
    });

    it('once per unit and community: again after a move', () => {
      spec.given([registered, reportedIn]).when({ type: 'ReportIn', volunteerId, unitId: 'u-school' }).then([]);
      spec.given([registered, reportedIn, { type: 'VolunteerMoved', data: { volunteerId, fromCommunityId: 'c-1', toCommunityId: 'c-2' } }])
        .when({ type: 'ReportIn', volunteerId, unitId: 'u-school' })
        .then([{ type: 'VolunteerReportedIn', data: { volunteerId, unitId: 'u-school', communityId: 'c-2' } }]);
    });

    it('is for Party members who are active', () => {
      const notMember: VolunteerEvent = { type: 'VolunteerRegistered', data: { ...registered.data, partyMember: false } } as VolunteerEvent;
      spec.given([notMember]).when({ type: 'ReportIn', volunteerId, unitId: 'u-school' }).thenThrows('NOT_PARTY_MEMBER', { volunteerId });
      spec.given([registered, suspended]).when({ type: 'ReportIn', volunteerId, unitId: 'u-school' }).thenThrows('VOLUNTEER_SUSPENDED', { volunteerId });
    });
  });

  describe('the identity document', () => {
    const document = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const record: VolunteerCommand = { type: 'RecordIdentityDocument', volunteerId, document };

    it('is recorded sealed, as the api hands it over', () => {
      spec.given([registered]).when(record).then([{ type: 'IdentityDocumentRecorded', data: { volunteerId, document } }]);
    });

    it('is not recorded once the personal data is erased, nor for a volunteer who does not exist', () => {
      spec.given([registered, { type: 'VolunteerErased', data: { volunteerId } }]).when(record).thenThrows('VOLUNTEER_ALREADY_ERASED', { volunteerId });
      spec.given([]).when(record).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });
  });

  describe('birth date', () => {
    const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const record: VolunteerCommand = { type: 'RecordBirthDate', volunteerId, birthDate: sealed };
    const recorded: VolunteerEvent = { type: 'BirthDateRecorded', data: { volunteerId, birthDate: sealed } };
    const erased: VolunteerEvent = { type: 'VolunteerErased', data: { volunteerId } };

    it('is recorded sealed, and forgotten with the rest at erasure', () => {
      spec.given([registered]).when(record).then([recorded]);
      expect(fold(volunteerDecider, [registered, recorded])).toMatchObject({ birthDate: sealed });
      expect(fold(volunteerDecider, [registered, recorded, erased])).toMatchObject({ erased: true, birthDate: undefined });
    });

    it('is never recorded for an erased or unknown volunteer', () => {
      spec.given([registered, erased]).when(record).thenThrows('VOLUNTEER_ALREADY_ERASED', { volunteerId });
      spec.given([]).when(record).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId });
    });
  });
});
