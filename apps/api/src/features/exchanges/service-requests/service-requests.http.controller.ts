import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ServiceRequestView } from '@shiji/projections';
import { Roles } from '../../../platform/auth/roles.decorator';
import { body, param, query, Scope } from '../../../platform/auth/scope.decorator';
import { ReadModels } from '../../../read-side/read-models';
import { VolunteerNames } from '../../../read-side/volunteer-names';
import { ServiceRequestQueueSchema, type ServiceRequestLine } from './service-request-lines';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import type { WriteResult } from '../../../write-side/write-result';
import { AssignProviderCommand, CompleteServiceRequestCommand, RequestServiceCommand } from './service-requests.commands';
import { AssignProviderBody, CompleteServiceRequestBody, RequestServiceBody, ServiceRequestQuery } from './service-requests.dto';

@ApiTags('service requests 服务需求')
@ApiBearerAuth()
@Controller('v1/service-requests')
export class ServiceRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModels: ReadModels,
    private readonly names: VolunteerNames,
  ) {}

  @Post()
  @Roles('staff', 'admin')
  @Scope.of(body('communityId', 'community'), body('forVolunteerId', 'volunteer'))
  request(@Command() context: CommandContext, @Body() body: RequestServiceBody): Promise<WriteResult> {
    return this.commands.execute(
      new RequestServiceCommand(context, {
        communityId: body.communityId,
        category: body.category,
        description: body.description,
        wantedMinutes: body.wantedMinutes,
        forVolunteerId: body.forVolunteerId ?? null,
      }),
    );
  }

  /** Open and assigned requests, card holders first (优先), then oldest first. */
  @Get()
  @Roles('staff', 'admin', 'auditor')
  @Scope.of(query('communityId', 'community'))
  @ApiOkResponse({ schema: ServiceRequestQueueSchema })
  async queue(@Query() query: ServiceRequestQuery): Promise<{ items: ServiceRequestLine[] }> {
    const { rows } = await this.readModels.pool.query<{ data: ServiceRequestView }>(
      `SELECT data FROM rm_service_requests WHERE community_id = $1 AND status IN ('open', 'assigned')
       ORDER BY card_holder DESC, requested_at ASC, position ASC, id ASC LIMIT 500`,
      [query.communityId],
    );
    const names = await this.names.of(rows.flatMap((row) => [row.data.forVolunteerId, row.data.providerVolunteerId]));
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return { items: rows.map(({ data }) => ({ ...data, forVolunteerName: name(data.forVolunteerId), providerName: name(data.providerVolunteerId) })) };
  }

  @Post(':requestId/assignment')
  @Roles('staff', 'admin')
  @Scope.of(param('requestId', 'serviceRequest'), body('providerVolunteerId', 'volunteer'))
  assign(@Command() context: CommandContext, @Param('requestId') requestId: string, @Body() body: AssignProviderBody): Promise<WriteResult> {
    return this.commands.execute(new AssignProviderCommand(context, requestId, body.providerVolunteerId));
  }

  @Post(':requestId/completion')
  @Roles('staff', 'admin')
  @Scope.of(param('requestId', 'serviceRequest'))
  complete(@Command() context: CommandContext, @Param('requestId') requestId: string, @Body() body: CompleteServiceRequestBody): Promise<WriteResult> {
    return this.commands.execute(new CompleteServiceRequestCommand(context, requestId, body.minutes, new Date(body.startedAt)));
  }
}
