import { Inject, Injectable } from '@nestjs/common';
import { personDecider, personStream } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { Actor } from '../platform/auth/actor';
import { DATABASE_POOL } from '../platform/database/database-pool';
import type { CommandContext } from '../write-side/command-context';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import { AccountsStore, type Account } from './accounts.store';
import { keyOfPerson } from './failure-counter';
import { identityProblem } from './identity-problems';
import { LoginAttempts } from './login-attempts';
import type { PasswordChangedView } from './password.dto';
import { PasswordHasher } from './password-hasher';
import { PasswordStrength } from './password-strength';
import { SessionEnding } from './session-ending';
import { SessionsStore, type Client } from './sessions.store';
import { SignInLogStore } from './sign-in-log.store';

/** The account a token speaks for: its role and subject; 409 NO_ACCOUNT for a CLI token naming someone without one. */
export async function accountOf(accounts: AccountsStore, actor: Actor): Promise<Account> {
  const account = await accounts.bySubject(actor.role, actor.id);
  if (!account) throw identityProblem('NO_ACCOUNT');
  return account;
}

/**
 * PUT /v1/me/password: the old password (a wrong one counts towards the
 * account's lock, as at sign-in), a strong new one, and every other session
 * ends, in this instance at once and in the others within a second.
 */
@Injectable()
export class PasswordChange {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsStore,
    private readonly sessions: SessionsStore,
    private readonly repository: EventSourcedRepository,
    private readonly hasher: PasswordHasher,
    private readonly strength: PasswordStrength,
    private readonly attempts: LoginAttempts,
    private readonly ending: SessionEnding,
    private readonly log: SignInLogStore,
  ) {}

  async change(actor: Actor, passwords: { oldPassword: string; newPassword: string }, context: CommandContext, client: Client): Promise<PasswordChangedView> {
    const account = await accountOf(this.accounts, actor);
    const who = { personId: account.personId, role: account.role, subject: account.subject, sessionId: actor.sessionId ?? null, ...client };
    const key = keyOfPerson(account.personId);
    const attempt = await this.attempts.begin(key, { ...who, detail: { during: 'password-change' } });
    if (!(await this.hasher.verify(account.passwordHash, passwords.oldPassword))) {
      await this.attempts.failed(key, attempt.attempt, 'sign-in-failed', { ...who, detail: { during: 'password-change', reason: 'wrong-password' } });
      throw identityProblem('WRONG_PASSWORD');
    }
    await this.attempts.succeeded(key);
    this.strength.check(passwords.newPassword, [account.phone, account.name ?? '', account.subject]);
    const passwordHash = await this.hasher.hash(passwords.newPassword);

    const { changedAt, revoked } = await inTransaction(this.pool, async (db) => {
      const at = await this.accounts.setPassword(db, account.personId, passwordHash);
      const ended = await this.sessions.endAllOf(account.personId, 'password-changed', actor.sessionId, db);
      await this.repository.handle(personStream(account.personId), personDecider, { type: 'ChangePassword', personId: account.personId }, context);
      return { changedAt: at, revoked: ended };
    });
    await this.ending.settle(revoked, 'password-changed', who);
    await this.log.record({ kind: 'password-changed', ...who });
    return { passwordChangedAt: changedAt.toISOString(), endedSessions: revoked.length };
  }
}
