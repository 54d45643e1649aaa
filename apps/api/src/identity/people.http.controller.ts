import { Controller, Delete, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/current-actor.decorator';
import { Roles } from '../platform/auth/roles.decorator';
import { Scope } from '../platform/auth/scope.decorator';
import { notFound } from '../read-side/not-found';
import { maskPhone } from '../read-side/phone';
import { AccountsStore } from './accounts.store';
import { clientOf } from './client-of';
import { FailureCounter, keyOfPerson } from './failure-counter';
import { EndedSessionsView, PeopleQuery, PeopleView } from './people.dto';
import { SessionEnding } from './session-ending';
import { ApiProblems } from '../platform/docs/api-problems.decorator';

const PERSON = { zh: '账户', en: 'person' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LISTED = 1000;

/** Everyone who signs in, for admins and auditors; an admin can end all of a person's sessions. */
@ApiTags('accounts 账户')
@ApiBearerAuth()
@Scope.street()
@Controller('v1/people')
export class PeopleController {
  constructor(
    private readonly accounts: AccountsStore,
    private readonly failures: FailureCounter,
    private readonly ending: SessionEnding,
  ) {}

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: '账户列表（手机号遮蔽） / Everyone with an account (phones masked)' })
  @ApiOkResponse({ type: PeopleView })
  async list(@Query() query: PeopleQuery): Promise<PeopleView> {
    const accounts = await this.accounts.list(query, LISTED);
    const locks = await this.failures.locksOf(accounts.map((account) => keyOfPerson(account.personId)));
    return {
      items: accounts.map((account) => ({
        personId: account.personId,
        role: account.role,
        subject: account.subject,
        name: account.name,
        phone: maskPhone(account.phone),
        status: account.passwordHash === null ? 'invited' : 'active',
        lockedUntil: locks.get(keyOfPerson(account.personId))?.toISOString() ?? null,
        createdAt: account.createdAt.toISOString(),
        activatedAt: account.activatedAt?.toISOString() ?? null,
      })),
    };
  }

  @Delete(':personId/sessions')
  @Roles('admin')
  @ApiOperation({ summary: '结束某人的所有会话 / End every session of a person' })
  @ApiProblems(404)
  @ApiOkResponse({ type: EndedSessionsView })
  async endAll(@CurrentActor() actor: Actor, @Param('personId') personId: string, @Req() request: FastifyRequest): Promise<EndedSessionsView> {
    const account = UUID.test(personId) ? await this.accounts.byPerson(personId) : null;
    if (!account) throw notFound(PERSON, personId);
    const who = { personId, role: account.role, subject: account.subject, ...clientOf(request), detail: { by: actor.id } };
    return { endedSessions: await this.ending.endAllOf(personId, 'revoked-by-admin', who) };
  }
}
