import { personDecider, personStream, type PersonEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(personDecider);

const personId = 'p-1';
const expiresAt = '2026-12-04T08:00:00.000Z';
const invitedStaff: PersonEvent = { type: 'RoleGranted', data: { personId, role: 'staff', subject: 'li-zhuren' } };
const volunteer: PersonEvent = { type: 'RoleGranted', data: { personId, role: 'volunteer', subject: 'v-1' } };
const activated: PersonEvent = { type: 'AccountActivated', data: { personId } };

describe('a person who signs in', () => {
  it('has one stream', () => {
    expect(personStream('p-1')).toBe('person-p-1');
  });

  it('is opened once, with a role, who they act as and their first code', () => {
    spec
      .given([])
      .when({ type: 'OpenAccount', personId, role: 'staff', subject: 'li-zhuren', codeExpiresAt: expiresAt })
      .then([invitedStaff, { type: 'SignInCodeIssued', data: { personId, purpose: 'invitation', expiresAt } }]);
    spec
      .given([])
      .when({ type: 'OpenAccount', personId, role: 'volunteer', subject: 'v-1', codeExpiresAt: expiresAt })
      .then([volunteer, { type: 'SignInCodeIssued', data: { personId, purpose: 'activation', expiresAt } }]);
    spec.given([invitedStaff]).when({ type: 'OpenAccount', personId, role: 'admin', subject: personId, codeExpiresAt: expiresAt }).thenThrows('PERSON_ALREADY_EXISTS', { personId });
  });

  it('names why a code was issued: an invitation, a volunteer\'s activation, or a reset once active', () => {
    spec.given([invitedStaff]).when({ type: 'IssueSignInCode', personId, expiresAt }).then([{ type: 'SignInCodeIssued', data: { personId, purpose: 'invitation', expiresAt } }]);
    spec.given([volunteer]).when({ type: 'IssueSignInCode', personId, expiresAt }).then([{ type: 'SignInCodeIssued', data: { personId, purpose: 'activation', expiresAt } }]);
    spec.given([volunteer, activated]).when({ type: 'IssueSignInCode', personId, expiresAt }).then([{ type: 'SignInCodeIssued', data: { personId, purpose: 'password-reset', expiresAt } }]);
    spec.given([]).when({ type: 'IssueSignInCode', personId, expiresAt }).thenThrows('PERSON_NOT_FOUND', { personId });
  });

  it('is activated by the first password set with a code; a later one is a password change', () => {
    spec.given([volunteer]).when({ type: 'SetPasswordWithCode', personId }).then([activated]);
    spec.given([volunteer, activated]).when({ type: 'SetPasswordWithCode', personId }).then([{ type: 'PasswordChanged', data: { personId, how: 'sign-in-code' } }]);
  });

  it('changes a password with the old one only once activated', () => {
    spec.given([volunteer, activated]).when({ type: 'ChangePassword', personId }).then([{ type: 'PasswordChanged', data: { personId, how: 'old-password' } }]);
    spec.given([volunteer]).when({ type: 'ChangePassword', personId }).thenThrows('ACCOUNT_NOT_ACTIVATED', { personId });
  });
});
