import { Inject, Injectable } from '@nestjs/common';
import { personDecider, personStream, staffDecider, staffStream } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { ValidationFailedError } from '../platform/errors/validation-failed.error';
import { CommandContext } from '../write-side/command-context';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import { AccountsStore } from './accounts.store';
import { activationUrl } from './client-of';
import { identityProblem } from './identity-problems';
import type { InvitedRole } from './invitations.dto';
import { newInvitationCode } from './secrets';
import { signInCodes } from './sign-in-codes.store';
import { SignInLogStore } from './sign-in-log.store';
import { SMS_SENDER, type SmsSender } from './sms-sender.port';
import { accountConflict } from './unique-violation';
import { requireCommunity } from '../features/organisation/require-community';

export const INVITATION_TTL_SECONDS = 72 * 3600;

export interface Invitation {
  role: InvitedRole;
  name: string;
  phone: string;
  staffId?: string;
  communityIds?: string[];
  sms?: boolean;
  /** Where the console is, for the activation link. */
  origin: string;
}

export interface IssuedInvitation {
  personId: string;
  role: InvitedRole;
  subject: string;
  code: string;
  expiresAt: Date;
  activationUrl: string;
  position: number;
}

/**
 * Invites staff, admins and auditors: an account with no password and a
 * one-time code to set one, valid 72 hours. Invited staff are registered as
 * staff (or, already registered, granted what they lack), so every staff
 * route works for them as for staff registered through POST /v1/staff.
 */
@Injectable()
export class Invitations {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsStore,
    private readonly repository: EventSourcedRepository,
    private readonly log: SignInLogStore,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
  ) {}

  async invite(invitation: Invitation, context: CommandContext): Promise<IssuedInvitation> {
    const { role, name, phone } = invitation;
    if (role !== 'staff' && (invitation.staffId !== undefined || invitation.communityIds !== undefined)) {
      throw new ValidationFailedError({ zh: 'staffId 和 communityIds 仅用于邀请工作人员', en: 'staffId and communityIds are for inviting staff only' });
    }
    const staffId = role === 'staff' ? invitation.staffId! : undefined;
    if (staffId !== undefined && (await this.accounts.bySubject('staff', staffId))) throw identityProblem('ACCOUNT_EXISTS');
    if (await this.accounts.phoneTaken(phone)) throw identityProblem('PHONE_IN_USE');
    for (const communityId of new Set(invitation.communityIds ?? [])) await requireCommunity(this.repository, communityId);
    if (staffId !== undefined) await this.registerStaff(staffId, name, invitation.communityIds ?? [], context);

    const personId = randomUUID();
    const subject = staffId ?? personId;
    const expiresAt = new Date(context.now.getTime() + INVITATION_TTL_SECONDS * 1000);
    const { code, position } = await inTransaction(this.pool, async (db) => {
      await this.accounts.insert(db, { personId, role, subject, phone, name }).catch((error: unknown) => Promise.reject(accountConflict(error)));
      const issued = await signInCodes.issue(db, personId, 'invitation', expiresAt, newInvitationCode);
      // Appended before the commit: if the log refuses, the account is not opened either.
      const outcome = await this.repository.handle(personStream(personId), personDecider, { type: 'OpenAccount', personId, role, subject, codeExpiresAt: expiresAt.toISOString() }, context);
      return { code: issued, position: outcome.position ?? 0 };
    });
    await this.log.record({ kind: 'code-issued', personId, role, subject, detail: { purpose: 'invitation', by: context.actor.id } });
    const url = activationUrl(invitation.origin, code);
    if (invitation.sms) await this.sms.send({ phone, purpose: 'invitation', text: `【时积】${name}，您受邀使用时积，邀请码 ${code}，72 小时内有效。请打开 ${url} 设置密码。` });
    return { personId, role, subject, code, expiresAt, activationUrl: url, position };
  }

  private async registerStaff(staffId: string, name: string, communityIds: readonly string[], context: CommandContext): Promise<void> {
    const stream = staffStream(staffId);
    const { state } = await this.repository.load(stream, staffDecider);
    if (!state.exists) {
      await this.repository.handle(stream, staffDecider, { type: 'RegisterStaff', staffId, name, communityIds: [...communityIds] }, context);
      return;
    }
    for (const communityId of new Set(communityIds)) {
      if (state.communities.has(communityId)) continue;
      // A command of its own per grant: event ids come from the command, and two appends of one command to one stream would share them.
      const grant = CommandContext.create({ actor: context.actor, correlationId: context.correlationId, now: context.now });
      await this.repository.handle(stream, staffDecider, { type: 'GrantCommunity', staffId, communityId }, grant);
    }
  }
}
