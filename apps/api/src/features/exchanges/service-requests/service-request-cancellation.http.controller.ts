import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { requireServiceRequest, serviceRequestDecider, serviceRequestStream } from '@shiji/domain';
import type { Actor } from '../../../platform/auth/actor';
import { decideAccess } from '../../../platform/auth/access-policy';
import { CurrentActor } from '../../../platform/auth/current-actor.decorator';
import { OutOfScopeError } from '../../../platform/auth/out-of-scope.error';
import { Roles } from '../../../platform/auth/roles.decorator';
import { Scope } from '../../../platform/auth/scope.decorator';
import { ApiProblems } from '../../../platform/docs/api-problems.decorator';
import { writeResultSchema } from '../../../platform/docs/response-schema';
import { IsText } from '../../../platform/validation/is-text.decorator';
import type { CommandContext } from '../../../write-side/command-context';
import { Command } from '../../../write-side/command-context.decorator';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';

const ServiceRequestCancelledSchema = writeResultSchema('ServiceRequestCancelled', { requestId: 'string', cancelled: 'boolean' });

export class CancelServiceRequestBody {
  @ApiProperty({ description: '取消原因 / why' })
  @IsText(500)
  reason: string;
}

@ApiTags('service requests 服务需求')
@ApiBearerAuth()
@Controller('v1/service-requests')
export class ServiceRequestCancellationController {
  constructor(private readonly repository: EventSourcedRepository) {}

  /**
   * Anyone involved may cancel an open request: the person it is for, the
   * volunteer assigned to give the service, and staff of its community. Whose
   * request it is comes from its stream, so the decision reads both people.
   */
  @Post(':requestId/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: '取消未完成的服务需求（受助人、服务者或社区工作人员）/ Cancel an open request (the person helped, the provider, or staff)' })
  @Roles('volunteer', 'staff', 'admin')
  @Scope({ targets: [] })
  @ApiOkResponse({ schema: ServiceRequestCancelledSchema })
  @ApiProblems(404)
  async cancel(@Command() context: CommandContext, @CurrentActor() actor: Actor, @Param('requestId') requestId: string, @Body() { reason }: CancelServiceRequestBody): Promise<WriteResult> {
    const { state } = await this.repository.load(serviceRequestStream(requestId), serviceRequestDecider);
    const request = requireServiceRequest(state, requestId);
    const involved = actor.id === request.forVolunteerId || actor.id === request.providerVolunteerId;
    const decision = decideAccess(actor, { targets: [{ kind: 'serviceRequest', id: requestId, communityId: request.communityId, owner: involved ? actor.id : request.forVolunteerId }] });
    if (!decision.allowed) throw new OutOfScopeError(decision.reason);
    const { position } = await this.repository.handle(serviceRequestStream(requestId), serviceRequestDecider, { type: 'CancelServiceRequest', requestId, reason }, context);
    return { requestId, cancelled: true, position };
  }
}
