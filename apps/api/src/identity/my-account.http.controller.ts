import { Body, Controller, Delete, Get, HttpCode, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/current-actor.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { notFound } from '../read-side/not-found';
import type { CommandContext } from '../write-side/command-context';
import { Command } from '../write-side/command-context.decorator';
import { HoldsSecrets } from '../write-side/idempotency/holds-secrets.decorator';
import { AccountsStore } from './accounts.store';
import { clientOf } from './client-of';
import { PasswordChangeBody, PasswordChangedView } from './password.dto';
import { PasswordChange } from './password-change';
import { SessionEnding } from './session-ending';
import { MySessionsView } from './sessions.dto';
import { SessionsStore } from './sessions.store';
import { ApiProblems } from '../platform/docs/api-problems.decorator';

const SESSION = { zh: '登录会话', en: 'session' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One's own sessions and password: these change no time-bank data, so auditors and suspended volunteers may use them too. */
@ApiTags('sessions 登录')
@ApiBearerAuth()
@Scope({ street: true, changesNothing: true })
@Controller('v1/me')
export class MyAccountController {
  constructor(
    private readonly accounts: AccountsStore,
    private readonly sessions: SessionsStore,
    private readonly ending: SessionEnding,
    private readonly passwords: PasswordChange,
  ) {}

  @Get('sessions')
  @ApiOperation({ summary: '我的登录会话：设备、地址、最近使用 / My sessions: device, address, last seen' })
  @ApiOkResponse({ type: MySessionsView })
  async mySessions(@CurrentActor() actor: Actor): Promise<MySessionsView> {
    const account = await this.accounts.bySubject(actor.role, actor.id);
    if (!account) return { items: [] };
    const open = await this.sessions.openOf(account.personId);
    return {
      items: open.map((session) => ({
        sessionId: session.sessionId,
        current: session.sessionId === actor.sessionId,
        device: session.device,
        address: session.address,
        signedInAt: session.signedInAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
      })),
    };
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiOperation({ summary: '结束我的某个会话 / End one of my sessions' })
  @ApiProblems(404)
  @ApiNoContentResponse()
  async endMine(@CurrentActor() actor: Actor, @Param('sessionId') sessionId: string, @Req() request: FastifyRequest): Promise<void> {
    const account = UUID.test(sessionId) ? await this.accounts.bySubject(actor.role, actor.id) : null;
    const session = account ? await this.sessions.byId(sessionId) : null;
    if (!account || !session || session.personId !== account.personId || session.ended) throw notFound(SESSION, sessionId);
    await this.ending.end([sessionId], 'revoked-by-owner', { personId: account.personId, role: account.role, subject: account.subject, ...clientOf(request) });
  }

  @Put('password')
  @HoldsSecrets()
  @ApiOperation({ summary: '修改密码（需原密码），并结束其他会话 / Change my password (the old one required); ends every other session' })
  @ApiOkResponse({ type: PasswordChangedView })
  async changePassword(@CurrentActor() actor: Actor, @Command() context: CommandContext, @Body() body: PasswordChangeBody, @Req() request: FastifyRequest): Promise<PasswordChangedView> {
    return this.passwords.change(actor, body, context, clientOf(request));
  }
}
