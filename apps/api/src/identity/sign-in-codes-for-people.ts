import { Inject, Injectable } from '@nestjs/common';
import { personDecider, personStream } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { notFound } from '../read-side/not-found';
import type { CommandContext } from '../write-side/command-context';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import { AccountsStore } from './accounts.store';
import { activationUrl } from './client-of';
import { identityProblem } from './identity-problems';
import { INVITATION_TTL_SECONDS } from './invitations';
import { newInvitationCode } from './secrets';
import { signInCodes } from './sign-in-codes.store';
import { SignInLogStore } from './sign-in-log.store';
import { SMS_SENDER, type SmsSender } from './sms-sender.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IssuedSignInCode {
  personId: string;
  role: string;
  subject: string;
  purpose: 'invitation' | 'password-reset';
  code: string;
  expiresAt: Date;
  activationUrl: string;
  position: number;
}

/**
 * A new one-time code from an admin for a staff member, admin or auditor who
 * already has an account: the invitation again when it expired unused, a
 * password reset once they had signed in. It replaces their unused code, and
 * setting a password with it ends every session they had. A volunteer's code
 * comes from staff of their community (ActivationCodes).
 */
@Injectable()
export class SignInCodesForPeople {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsStore,
    private readonly repository: EventSourcedRepository,
    private readonly log: SignInLogStore,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
  ) {}

  async issueFor(personId: string, context: CommandContext, options: { origin: string; sms: boolean }): Promise<IssuedSignInCode> {
    const account = UUID.test(personId) ? await this.accounts.byPerson(personId) : null;
    if (!account) throw notFound({ zh: '账户', en: 'person' }, personId);
    if (account.role === 'volunteer') throw identityProblem('VOLUNTEER_CODES_FROM_STAFF');
    const purpose = account.activatedAt ? 'password-reset' : 'invitation';
    const expiresAt = new Date(context.now.getTime() + INVITATION_TTL_SECONDS * 1000);
    const { code, position } = await inTransaction(this.pool, async (db) => {
      const issued = await signInCodes.issue(db, personId, purpose, expiresAt, newInvitationCode);
      // Appended before the commit: if the log refuses, no code is issued either.
      const outcome = await this.repository.handle(personStream(personId), personDecider, { type: 'IssueSignInCode', personId, expiresAt: expiresAt.toISOString() }, context);
      return { code: issued, position: outcome.position ?? 0 };
    });
    await this.log.record({ kind: 'code-issued', personId, role: account.role, subject: account.subject, detail: { purpose, by: context.actor.id } });
    const url = activationUrl(options.origin, code);
    if (options.sms) await this.sms.send({ phone: account.phone, purpose, text: `【时积】您的时积登录码 ${code}，72 小时内有效。请打开 ${url} 设置密码。` });
    return { personId, role: account.role, subject: account.subject, purpose, code, expiresAt, activationUrl: url, position };
  }
}
