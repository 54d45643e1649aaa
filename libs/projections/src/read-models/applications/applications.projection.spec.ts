import type { VolunteerApplicationEvent } from '@shiji/domain';
import { applicationsProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(applicationsProjection);

const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
const applied: VolunteerApplicationEvent = { type: 'VolunteerApplied', data: { applicationId: 'a-1', communityId: 'c-1', personal: sealed, partyMember: true, note: sealed } };
const pending = {
  applicationId: 'a-1', communityId: 'c-1', personal: sealed, note: sealed, partyMember: true, status: 'pending', appliedAt: at(1), decidedAt: null, decidedBy: null, volunteerId: null, reason: null,
};

describe('the applications projection', () => {
  it('lists an application as pending, its data sealed as the event holds it', () => {
    spec.given([]).when([applied]).then({ volunteer_applications: { 'a-1': pending } });
  });

  it('keeps who approved it and the volunteer it became', () => {
    spec
      .given([applied])
      .when([{ type: 'VolunteerApplicationApproved', data: { applicationId: 'a-1', communityId: 'c-1', volunteerId: 'v-9' } }])
      .then({ volunteer_applications: { 'a-1': { ...pending, status: 'approved', volunteerId: 'v-9', decidedAt: at(2), decidedBy: 'staff-1' } } });
  });

  it('keeps the reason of a rejection', () => {
    spec
      .given([applied])
      .when([{ type: 'VolunteerApplicationRejected', data: { applicationId: 'a-1', communityId: 'c-1', reason: '重复申请' } }])
      .then({ volunteer_applications: { 'a-1': { ...pending, status: 'rejected', reason: '重复申请', decidedAt: at(2), decidedBy: 'staff-1' } } });
  });

  it('ignores a decision on an application it never saw', () => {
    spec.given([]).when([{ type: 'VolunteerApplicationRejected', data: { applicationId: 'a-2', communityId: 'c-1', reason: '无' } }]).thenNothingWritten();
  });
});
