import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/**
 * A person who signs in: their account's facts as the log keeps them. The
 * credentials themselves (phone, password hash, codes, sessions) live outside
 * the log; these events say what happened, never a secret.
 */
export const personStream = (personId: string): string => `person-${personId}`;

export const PERSON_ROLES = ['volunteer', 'staff', 'admin', 'auditor'] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];

/** Why a one-time code was issued: a first password for an invitee or a volunteer, or a new one for someone who forgot theirs. */
export type SignInCodePurpose = 'invitation' | 'activation' | 'password-reset';

export type PersonEvent =
  /** `subject` is who the person acts as: a volunteer id, a staff id, or the person id of an admin or auditor. */
  | { type: 'RoleGranted'; data: { personId: string; role: PersonRole; subject: string } }
  | { type: 'SignInCodeIssued'; data: { personId: string; purpose: SignInCodePurpose; expiresAt: string } }
  | { type: 'AccountActivated'; data: { personId: string } }
  | { type: 'PasswordChanged'; data: { personId: string; how: 'old-password' | 'sign-in-code' } };

export type PersonCommand =
  /** An account opens with its first code: an invitation, or a volunteer's activation code. */
  | { type: 'OpenAccount'; personId: string; role: PersonRole; subject: string; codeExpiresAt: string }
  | { type: 'IssueSignInCode'; personId: string; expiresAt: string }
  | { type: 'SetPasswordWithCode'; personId: string }
  | { type: 'ChangePassword'; personId: string };

export type Person = { exists: false } | { exists: true; personId: string; role: PersonRole; subject: string; activated: boolean };

/** The code a person sets their first password with: staff, admins and auditors are invited; volunteers activate. */
export function firstCodePurpose(role: PersonRole): SignInCodePurpose {
  return role === 'volunteer' ? 'activation' : 'invitation';
}

function requirePerson(state: Person, personId: string): Extract<Person, { exists: true }> {
  if (!state.exists) throw new DomainError('PERSON_NOT_FOUND', { personId });
  return state;
}

export const personDecider: Decider<PersonCommand, PersonEvent, Person> = {
  initialState: () => ({ exists: false }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenAccount': {
        if (state.exists) throw new DomainError('PERSON_ALREADY_EXISTS', { personId: command.personId });
        const { personId, role, subject, codeExpiresAt } = command;
        return [
          { type: 'RoleGranted', data: { personId, role, subject } },
          { type: 'SignInCodeIssued', data: { personId, purpose: firstCodePurpose(role), expiresAt: codeExpiresAt } },
        ];
      }
      case 'IssueSignInCode': {
        const person = requirePerson(state, command.personId);
        const purpose: SignInCodePurpose = person.activated ? 'password-reset' : firstCodePurpose(person.role);
        return [{ type: 'SignInCodeIssued', data: { personId: command.personId, purpose, expiresAt: command.expiresAt } }];
      }
      case 'SetPasswordWithCode': {
        const person = requirePerson(state, command.personId);
        return [
          person.activated
            ? { type: 'PasswordChanged', data: { personId: command.personId, how: 'sign-in-code' } }
            : { type: 'AccountActivated', data: { personId: command.personId } },
        ];
      }
      case 'ChangePassword': {
        const person = requirePerson(state, command.personId);
        if (!person.activated) throw new DomainError('ACCOUNT_NOT_ACTIVATED', { personId: command.personId });
        return [{ type: 'PasswordChanged', data: { personId: command.personId, how: 'old-password' } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RoleGranted':
        return { exists: true, personId: event.data.personId, role: event.data.role, subject: event.data.subject, activated: false };
      case 'SignInCodeIssued':
      case 'PasswordChanged':
        return state;
      case 'AccountActivated':
        return state.exists ? { ...state, activated: true } : state;
      default:
        return assertNever(event);
    }
  },
};
