import { Inject, Injectable } from '@nestjs/common';
import { DomainError, personDecider, personStream, volunteerDecider, volunteerStream, type PersonCommand } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { maskPhone } from '../read-side/phone';
import type { CommandContext } from '../write-side/command-context';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import type { ActivationCodeView } from './activation-codes.dto';
import { AccountsStore } from './accounts.store';
import { activationUrl } from './client-of';
import { newActivationCode } from './secrets';
import { signInCodes } from './sign-in-codes.store';
import { SignInLogStore } from './sign-in-log.store';
import { SMS_SENDER, type SmsSender } from './sms-sender.port';
import { accountConflict } from './unique-violation';
import { VolunteerPersonalData } from './volunteer-personal-data';

export const ACTIVATION_CODE_TTL_SECONDS = 14 * 86_400;

/**
 * A volunteer's one-time code, issued by staff of their community: the first
 * opens their account, a later one resets a forgotten password. The account's
 * phone is the one the volunteer registered with.
 */
@Injectable()
export class ActivationCodes {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly accounts: AccountsStore,
    private readonly repository: EventSourcedRepository,
    private readonly volunteers: VolunteerPersonalData,
    private readonly log: SignInLogStore,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
  ) {}

  async issueFor(volunteerId: string, context: CommandContext, options: { origin: string; sms: boolean }): Promise<ActivationCodeView> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!volunteer.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
    const personal = await this.volunteers.of(volunteerId);
    if (volunteer.erased || !personal || personal.erased) throw new DomainError('VOLUNTEER_ALREADY_ERASED', { volunteerId });

    const existing = await this.accounts.bySubject('volunteer', volunteerId);
    const personId = existing?.personId ?? randomUUID();
    const purpose = existing?.activatedAt ? 'password-reset' : 'activation';
    const expiresAt = new Date(context.now.getTime() + ACTIVATION_CODE_TTL_SECONDS * 1000);
    const command: PersonCommand = existing
      ? { type: 'IssueSignInCode', personId, expiresAt: expiresAt.toISOString() }
      : { type: 'OpenAccount', personId, role: 'volunteer', subject: volunteerId, codeExpiresAt: expiresAt.toISOString() };
    const { code, position } = await inTransaction(this.pool, async (db) => {
      if (!existing) await this.accounts.insert(db, { personId, role: 'volunteer', subject: volunteerId, phone: personal.phone, name: null }).catch((error: unknown) => Promise.reject(accountConflict(error)));
      const issued = await signInCodes.issue(db, personId, purpose, expiresAt, newActivationCode);
      const outcome = await this.repository.handle(personStream(personId), personDecider, command, context, { homeCommunity: volunteer.communityId });
      return { code: issued, position: outcome.position ?? 0 };
    });
    await this.log.record({ kind: 'code-issued', personId, role: 'volunteer', subject: volunteerId, detail: { purpose, by: context.actor.id } });

    const url = activationUrl(options.origin, code);
    const shown = `${code.slice(0, 4)} ${code.slice(4)}`;
    if (options.sms) await this.sms.send({ phone: personal.phone, purpose, text: `【时积】您的激活码 ${shown}，14 天内有效。请打开 ${url} 设置密码。` });
    return {
      personId,
      volunteerId,
      purpose,
      code,
      expiresAt: expiresAt.toISOString(),
      activationUrl: url,
      slip: {
        name: personal.name,
        phone: maskPhone(personal.phone),
        code: shown,
        expiresAt: expiresAt.toISOString(),
        activationUrl: url,
        lines: [
          purpose === 'activation' ? '时积 · 志愿者账户激活' : '时积 · 重新设置密码',
          '用手机扫描二维码，或打开上面的网址。',
          '输入您登记的手机号、这张纸条上的激活码，再设置自己的密码（至少 8 位）。',
          '激活码 14 天内有效，只能用一次。过期或遗失请向社区工作人员索取新的。',
          '以后用手机号和密码登录。请勿把激活码或密码告诉他人。',
        ],
      },
      position,
    };
  }
}
