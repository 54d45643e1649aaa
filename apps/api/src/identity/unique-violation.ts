import { identityProblem } from './identity-problems';

/** An insert into identity_accounts that lost a race for a phone number or an identity: the same 409 as if it had been seen first. */
export function accountConflict(error: unknown): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') return error;
  if (constraint === 'identity_accounts_phone_key') return identityProblem('PHONE_IN_USE');
  if (constraint === 'identity_accounts_role_subject_key') return identityProblem('ACCOUNT_EXISTS');
  return error;
}
