import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { accountStream, serviceRequestDecider, serviceRequestStream, timeAccountDecider, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { ServiceRequestView } from '@shiji/projections';
import { ForbiddenError } from '../../../platform/auth/forbidden.error';
import { Roles } from '../../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../../platform/auth/scope.decorator';
import { orNotFound } from '../../../read-side/not-found';
import type { Page } from '../../../read-side/pagination';
import { ReadModels } from '../../../read-side/read-models';
import { sortedPage } from '../../../read-side/sorted-page';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { ServiceRequestCompletedSchema, ServiceRequestedSchema, ServiceRequestQueueSchema, ServiceRequestSchema, type ServiceRequestLine } from './service-request-lines';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { ServiceRequestCompletion } from './service-request-completion.process';
import { AssignProviderBody, CompleteServiceRequestBody, RequestServiceBody, ServiceRequestQuery } from './service-requests.dto';
import type { FastifyReply } from 'fastify';
import { ApiETag } from '../../../platform/docs/api-problems.decorator';
import { StreamRevisions } from '../../../projections/stream-revisions';
import { HonoursIfMatch } from '../../../write-side/if-match';

@ApiTags('service requests 服务需求')
@ApiBearerAuth()
@Controller('v1/service-requests')
export class ServiceRequestsController {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly completion: ServiceRequestCompletion,
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
    private readonly revisions: StreamRevisions,
  ) {}

  @Post()
  @ApiOperation({ summary: '登记服务需求（持卡人优先） / Record a request for service (card holders first)' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope.of(body('communityId', 'community'), body('forVolunteerId', 'volunteer'))
  @ApiCreatedResponse({ schema: ServiceRequestedSchema })
  async request(@Command() context: CommandContext, @Body() body: RequestServiceBody): Promise<WriteResult> {
    const requestId = context.newId('request');
    const forVolunteerId = body.forVolunteerId ?? null;
    // Priority is fixed when the request is made: does the person helped hold a card that may spend now?
    const account = forVolunteerId === null ? null : (await this.repository.load(accountStream(forVolunteerId), timeAccountDecider)).state;
    const cardHolder = account?.card?.status === 'active';
    // A card holder asks for help themselves, in their own community; anyone else asks through the community office.
    if (context.actor.role === 'volunteer') {
      const { state: asking } = await this.repository.load(volunteerStream(context.actor.id), volunteerDecider);
      if (forVolunteerId !== context.actor.id || !cardHolder || !asking.exists || asking.communityId !== body.communityId) throw onlyCardHoldersAskThemselves();
    }
    const details = { requestId, communityId: body.communityId, category: body.category, description: body.description, wantedMinutes: body.wantedMinutes, forVolunteerId, cardHolder };
    const { position } = await this.repository.handle(serviceRequestStream(requestId), serviceRequestDecider, { type: 'RequestService', details }, context);
    return { requestId, cardHolder, position };
  }

  /** Still to do by default (open and assigned), card holders first (优先) then oldest first; `status` and `sort` say otherwise. */
  @Get()
  @ApiOperation({ summary: '服务需求，可按社区、状态筛选，按优先（持卡人在前）或时间排序 / Service requests, by community and status, sorted by priority (card holders first) or date' })
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: ServiceRequestQueueSchema })
  async queue(@Query() query: ServiceRequestQuery): Promise<Page<ServiceRequestLine>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.communityId !== undefined) where.push(`s.community_id = $${params.push(query.communityId)}`);
    const status = query.status ?? 'pending';
    if (status === 'pending') where.push("s.status IN ('open', 'assigned')");
    else if (status !== 'all') where.push(`s.status = $${params.push(status)}`);
    const page = await sortedPage<{ id: string; sort_value: string; data: ServiceRequestView }, 'priority' | 'date'>(this.readModels.pool, {
      select: 'SELECT s.id, s.data FROM rm_service_requests s',
      where,
      params,
      id: 's.id',
      keys: {
        // Card holders' requests first, each group oldest first: one text key, so a cursor can hold it.
        priority: { expression: "(CASE WHEN s.card_holder THEN '0' ELSE '1' END) || s.requested_at", type: 'text' },
        date: { expression: 's.requested_at', type: 'text' },
      },
      sort: query.sort ?? 'priority',
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return { items: await this.lines(page.items.map((row) => row.data)), nextCursor: page.nextCursor };
  }

  @Get(':requestId')
  @ApiOperation({ summary: '一项服务需求 / One service request' })
  @Scope.of(param('requestId', 'serviceRequest'))
  @ApiOkResponse({ schema: ServiceRequestSchema })
  @ApiETag()
  async one(@Param('requestId') requestId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ServiceRequestLine> {
    await this.revisions.tag(reply, serviceRequestStream(requestId));
    const found = orNotFound(await this.readModels.findById<ServiceRequestView>('service_requests', requestId), { zh: '服务需求', en: 'service request' }, requestId);
    const [line] = await this.lines([found]);
    return line;
  }

  private async lines(requests: readonly ServiceRequestView[]): Promise<ServiceRequestLine[]> {
    const names = await this.names.of(requests.flatMap((data) => [data.forVolunteerId, data.providerVolunteerId]));
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return requests.map((data) => ({ ...data, forVolunteerName: name(data.forVolunteerId), providerName: name(data.providerVolunteerId) }));
  }

  @Post(':requestId/assignment')
  @ApiOperation({ summary: '为服务需求指派服务者 / Assign a provider to a request' })
  @Roles('staff', 'admin')
  @Scope.of(param('requestId', 'serviceRequest'), body('providerVolunteerId', 'volunteer'))
  @HonoursIfMatch()
  async assign(@Command() context: CommandContext, @Param('requestId') requestId: string, @Body() { providerVolunteerId }: AssignProviderBody): Promise<WriteResult> {
    const { state: provider } = await this.repository.load(volunteerStream(providerVolunteerId), volunteerDecider);
    const { position } = await this.repository.handle(
      serviceRequestStream(requestId),
      serviceRequestDecider,
      { type: 'AssignProvider', requestId, providerVolunteerId, provider },
      context,
      { expectedRevision: context.expectedRevision },
    );
    return { requestId, providerVolunteerId, position };
  }

  @Post(':requestId/completion')
  @ApiOperation({ summary: '完成服务需求：兑换受助人的时间并为服务者记时 / Complete a request: redeem the recipient\'s time and credit the provider' })
  @Roles('staff', 'admin')
  @Scope.of(param('requestId', 'serviceRequest'))
  @ApiCreatedResponse({ schema: ServiceRequestCompletedSchema })
  complete(@Command() context: CommandContext, @Param('requestId') requestId: string, @Body() body: CompleteServiceRequestBody): Promise<WriteResult> {
    return this.completion.complete(context, requestId, body.minutes, new Date(body.startedAt));
  }
}

function onlyCardHoldersAskThemselves(): ForbiddenError {
  return new ForbiddenError({ zh: '持卡志愿者可在本社区为本人求助；其他求助请联系社区工作人员', en: 'A card holder may ask for help for themselves in their own community; others ask through community staff' });
}
