import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { volunteerApplicationDecider, volunteerApplicationStream } from '@shiji/domain';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { ApiProblems } from '../../platform/docs/api-problems.decorator';
import { Roles } from '../../platform/auth/roles.decorator';
import { param, query, Scope } from '../../platform/auth/scope.decorator';
import { requestIdFor } from '../../platform/request-context/request-id';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { CommandContext } from '../../write-side/command-context';
import { Command } from '../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { HoldsSecrets } from '../../write-side/idempotency/holds-secrets.decorator';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/require-community';
import { applicantKeyId, ApplicationDecisions } from './application-decisions';
import { ApplicationQueries } from './application-queries';
import { ApplicationThrottle } from './application-throttle';
import { ApplicationListQuery, ApplyBody, RejectApplicationBody } from './applications.dto';
import { ApplicationDecidedSchema, ApplicationReceivedSchema, VolunteerApplicationPageSchema } from './applications.responses';

@ApiTags('volunteer applications 志愿者申请')
@Controller('v1/volunteer-applications')
export class VolunteerApplicationsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
    private readonly throttle: ApplicationThrottle,
    private readonly decisions: ApplicationDecisions,
    private readonly queries: ApplicationQueries,
  ) {}

  /**
   * Public: no token, no captcha. Limited per client address; the
   * Idempotency-Key is ignored, since it would store a fingerprint of the
   * applicant's data and anonymous callers share one key space.
   */
  @Post()
  @Public()
  @HoldsSecrets()
  @ApiOperation({ summary: '申请成为志愿者（无需登录，每个网络地址每小时至多 10 次） / Apply to volunteer (no token; at most 10 an hour per address)' })
  @ApiCreatedResponse({ schema: ApplicationReceivedSchema })
  @ApiProblems(404)
  async apply(@Body() body: ApplyBody, @Req() request: FastifyRequest): Promise<WriteResult> {
    await this.throttle.admit(request.ip ?? null);
    await requireCommunity(this.repository, body.communityId);
    const applicationId = randomUUID();
    const subject = applicantKeyId(applicationId);
    // Only sealed forms reach the log; the key is deleted once staff decide.
    const personal = await this.vault.seal(subject, { name: body.name, phone: body.phone });
    const note = body.note === undefined ? null : await this.vault.sealText(subject, body.note);
    const context = CommandContext.create({ actor: { id: subject, role: 'applicant' }, correlationId: requestIdFor(request.raw), now: new Date() });
    const command = { type: 'ApplyToVolunteer' as const, applicationId, communityId: body.communityId, personal, partyMember: body.partyMember, note };
    const { position } = await this.repository.handle(volunteerApplicationStream(applicationId), volunteerApplicationDecider, command, context);
    return { applicationId, position };
  }

  @Get()
  @ApiBearerAuth()
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOperation({ summary: '社区的志愿者申请，先到先列 / A community\'s applications, oldest first' })
  @ApiOkResponse({ schema: VolunteerApplicationPageSchema })
  list(@CurrentActor() actor: Actor, @Query() filter: ApplicationListQuery) {
    return this.queries.list({ communityId: filter.communityId, status: filter.status ?? 'pending', limit: filter.limit ?? 50, cursor: filter.cursor }, actor);
  }

  @Post(':applicationId/approval')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @Scope.of(param('applicationId', 'application'))
  @ApiOperation({ summary: '通过申请：登记为志愿者（规则同 POST /v1/volunteers），返回新志愿者编号 / Approve: registers the volunteer and answers their id' })
  @ApiOkResponse({ schema: ApplicationDecidedSchema })
  async approve(@Command() context: CommandContext, @Param('applicationId') applicationId: string): Promise<WriteResult> {
    const { volunteerId, position } = await this.decisions.approve(applicationId, context);
    return { applicationId, volunteerId, position };
  }

  @Post(':applicationId/rejection')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @Scope.of(param('applicationId', 'application'))
  @ApiOperation({ summary: '驳回申请并说明理由；申请人的个人信息随即销毁 / Reject with a reason; the applicant\'s data is shredded' })
  @ApiOkResponse({ schema: ApplicationDecidedSchema })
  async reject(@Command() context: CommandContext, @Param('applicationId') applicationId: string, @Body() { reason }: RejectApplicationBody): Promise<WriteResult> {
    const { position } = await this.decisions.reject(applicationId, reason, context);
    return { applicationId, volunteerId: null, position };
  }
}
