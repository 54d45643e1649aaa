import { fold, volunteerApplicationDecider, volunteerApplicationStream, type VolunteerApplicationCommand, type VolunteerApplicationEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(volunteerApplicationDecider);

const applicationId = 'app-1';
const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };

const apply: VolunteerApplicationCommand = { type: 'ApplyToVolunteer', applicationId, communityId: 'c-1', personal: sealed, partyMember: true, note: null };
const applied: VolunteerApplicationEvent = { type: 'VolunteerApplied', data: { applicationId, communityId: 'c-1', personal: sealed, partyMember: true, note: null } };
const approve = (volunteerId = 'v-1'): VolunteerApplicationCommand => ({ type: 'ApproveApplication', applicationId, volunteerId });
const approved: VolunteerApplicationEvent = { type: 'VolunteerApplicationApproved', data: { applicationId, communityId: 'c-1', volunteerId: 'v-1' } };
const reject: VolunteerApplicationCommand = { type: 'RejectApplication', applicationId, reason: '不在本社区居住' };
const rejected: VolunteerApplicationEvent = { type: 'VolunteerApplicationRejected', data: { applicationId, communityId: 'c-1', reason: '不在本社区居住' } };

describe('volunteer applications', () => {
  it('have one stream each', () => {
    expect(volunteerApplicationStream('app-1')).toBe('volunteer-application-app-1');
  });

  it('are made once, pending, with the applicant\'s data sealed as the command brings it', () => {
    spec.given([]).when(apply).then([applied]);
    spec.given([applied]).when(apply).thenThrows('APPLICATION_ALREADY_EXISTS', { applicationId });
    expect(fold(volunteerApplicationDecider, [applied])).toEqual({ exists: true, applicationId, communityId: 'c-1', partyMember: true, status: 'pending', volunteerId: null });
  });

  describe('approval', () => {
    it('names the volunteer to be registered, in the application\'s community', () => {
      spec.given([applied]).when(approve()).then([approved]);
      expect(fold(volunteerApplicationDecider, [applied, approved])).toMatchObject({ status: 'approved', volunteerId: 'v-1' });
    });

    it('approved again for the same volunteer changes nothing, so a retry can finish the registration', () => {
      spec.given([applied, approved]).when(approve()).then([]);
    });

    it('is refused once rejected, or approved for another volunteer', () => {
      spec.given([applied, rejected]).when(approve()).thenThrows('APPLICATION_DECIDED', { applicationId, status: 'rejected' });
      spec.given([applied, approved]).when(approve('v-2')).thenThrows('APPLICATION_DECIDED', { status: 'approved' });
    });
  });

  describe('rejection', () => {
    it('keeps the reason, and the application never becomes a volunteer', () => {
      spec.given([applied]).when(reject).then([rejected]);
      expect(fold(volunteerApplicationDecider, [applied, rejected])).toMatchObject({ status: 'rejected', volunteerId: null });
    });

    it('rejected again changes nothing; an approved application cannot be rejected', () => {
      spec.given([applied, rejected]).when(reject).then([]);
      spec.given([applied, approved]).when(reject).thenThrows('APPLICATION_DECIDED', { status: 'approved' });
    });
  });

  it.each([['approve', approve()], ['reject', reject]])('cannot %s an unknown application', (_case, command) => {
    spec.given([]).when(command).thenThrows('APPLICATION_NOT_FOUND', { applicationId });
  });
});
