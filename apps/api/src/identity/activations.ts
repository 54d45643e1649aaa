import { Inject, Injectable } from '@nestjs/common';
import { personDecider, personStream } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { ProblemError } from '../platform/errors/problem.error';
import { CommandContext } from '../write-side/command-context';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import type { ActivatedView } from './activations.dto';
import { AccountsStore } from './accounts.store';
import { AddressThrottle } from './address-throttle';
import { keyOfActivation, keyOfPerson } from './failure-counter';
import { identityProblem } from './identity-problems';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { PasswordStrength } from './password-strength';
import { SessionEnding } from './session-ending';
import type { Client } from './sessions.store';
import { SessionsStore } from './sessions.store';
import { signInCodes } from './sign-in-codes.store';
import { SignInLogStore } from './sign-in-log.store';

/**
 * POST /v1/activations: a phone number, a one-time code and a new password.
 * The first password activates the account; a later one (a code issued
 * after a forgotten password) replaces it and ends every session. Every
 * failure answers the same, whatever was wrong; wrong codes for a phone lock
 * its activations like wrong passwords lock a sign-in.
 */
@Injectable()
export class Activations {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsStore,
    private readonly sessions: SessionsStore,
    private readonly repository: EventSourcedRepository,
    private readonly hasher: PasswordHasher,
    private readonly strength: PasswordStrength,
    private readonly attempts: LoginAttempts,
    private readonly throttle: AddressThrottle,
    private readonly ending: SessionEnding,
    private readonly log: SignInLogStore,
  ) {}

  async activate(input: { phone: string; code: string; password: string }, client: Client, correlationId: string): Promise<ActivatedView> {
    // Before anything is counted: a weak password costs no attempt.
    this.strength.check(input.password, [input.phone]);
    await this.throttle.check(client.address);
    const key = keyOfActivation(input.phone);
    const attempt = await this.attempts.begin(key, { ...client, detail: { during: 'activation' } });

    let activated;
    try {
      activated = await inTransaction(this.pool, async (db) => {
        const used = await signInCodes.consume(db, input.code, input.phone);
        if (!used) return null;
        const account = (await this.accounts.byPerson(used.personId, db))!;
        this.strength.check(input.password, [input.phone, account.name ?? '', account.subject]);
        const changedAt = await this.accounts.setPassword(db, account.personId, await this.hasher.hash(input.password));
        // A reset ends every session: whoever knew the old password is out.
        const revoked = account.activatedAt ? await this.sessions.endAllOf(account.personId, 'password-changed', undefined, db) : [];
        const context = CommandContext.create({ actor: { id: account.subject, role: account.role }, correlationId, now: changedAt });
        const outcome = await this.repository.handle(personStream(account.personId), personDecider, { type: 'SetPasswordWithCode', personId: account.personId }, context);
        return { account, revoked, position: outcome.position ?? 0 };
      });
    } catch (error) {
      // The code was right: the attempt does not count against the phone.
      if (error instanceof ProblemError && error.code === 'WEAK_PASSWORD') await this.attempts.succeeded(key);
      throw error;
    }

    if (!activated) {
      await this.attempts.failed(key, attempt.attempt, 'activation-failed', { ...client, detail: { during: 'activation' } });
      throw identityProblem('SIGN_IN_CODE_INVALID');
    }

    const { account, revoked, position } = activated;
    const who = { personId: account.personId, role: account.role, subject: account.subject, ...client };
    await this.attempts.succeeded(key);
    if (await this.attempts.succeeded(keyOfPerson(account.personId))) await this.log.record({ kind: 'unlocked', ...who, detail: { reason: 'password-reset' } });
    await this.ending.settle(revoked, 'password-changed', who);
    await this.log.record({ kind: account.activatedAt ? 'password-reset' : 'activated', ...who });
    return { personId: account.personId, role: account.role, subject: account.subject, position };
  }
}
