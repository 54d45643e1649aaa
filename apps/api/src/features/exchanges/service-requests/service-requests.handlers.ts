import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accountStream,
  requireServiceRequest,
  serviceRequestDecider,
  serviceRequestStream,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
} from '@shiji/domain';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { RecordServiceCommand } from '../../service-records/service-records.commands';
import { RecordServiceHandler } from '../../service-records/service-records.handlers';
import { RedemptionProcess } from '../redemptions/redemption.process';
import { AssignProviderCommand, CompleteServiceRequestCommand, RequestServiceCommand } from './service-requests.commands';

@CommandHandler(RequestServiceCommand)
export class RequestServiceHandler implements ICommandHandler<RequestServiceCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, request }: RequestServiceCommand): Promise<WriteResult> {
    const requestId = context.newId('request');
    // Priority is fixed when the request is made: does the person helped hold a card that may spend now?
    const account = request.forVolunteerId === null ? null : (await this.repository.load(accountStream(request.forVolunteerId), timeAccountDecider)).state;
    const cardHolder = account?.card?.status === 'active';
    const { position } = await this.repository.handle(
      serviceRequestStream(requestId),
      serviceRequestDecider,
      { type: 'RequestService', details: { requestId, ...request, cardHolder } },
      context,
      () => request.communityId,
    );
    return { requestId, cardHolder, position };
  }
}

@CommandHandler(AssignProviderCommand)
export class AssignProviderHandler implements ICommandHandler<AssignProviderCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, requestId, providerVolunteerId }: AssignProviderCommand): Promise<WriteResult> {
    const { state: provider } = await this.repository.load(volunteerStream(providerVolunteerId), volunteerDecider);
    const { position } = await this.repository.handle(
      serviceRequestStream(requestId),
      serviceRequestDecider,
      { type: 'AssignProvider', requestId, providerVolunteerId, provider },
      context,
      (state) => (state.exists ? state.communityId : undefined),
    );
    return { requestId, providerVolunteerId, position };
  }
}

/**
 * A card holder's request is paid from their credits (the provider earns the
 * hours through the redemption); anyone else's only credits the provider.
 */
@CommandHandler(CompleteServiceRequestCommand)
export class CompleteServiceRequestHandler implements ICommandHandler<CompleteServiceRequestCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly redemptions: RedemptionProcess,
    private readonly recordService: RecordServiceHandler,
  ) {}

  async execute({ context, requestId, minutes, startedAt }: CompleteServiceRequestCommand): Promise<WriteResult> {
    const { state } = await this.repository.load(serviceRequestStream(requestId), serviceRequestDecider);
    const request = requireServiceRequest(state, requestId);
    // Refuse a closed or unassigned request before any credit moves.
    serviceRequestDecider.decide({ type: 'CompleteServiceRequest', requestId, redemptionId: null, minutes }, state);
    const providerVolunteerId = request.providerVolunteerId as string;

    let redemptionId: string | null = null;
    let providerRecordId: string | null = null;
    let creditMinutes: number | null = null;
    if (request.cardHolder && request.forVolunteerId) {
      const outcome = await this.redemptions.redeem(context, {
        volunteerId: request.forVolunteerId,
        minutes,
        description: request.description,
        requestId,
        provider: { volunteerId: providerVolunteerId, startedAt, category: request.category },
      });
      ({ redemptionId, providerRecordId, creditMinutes } = outcome);
    } else {
      const recorded = await this.recordService.execute(
        new RecordServiceCommand(context, {
          volunteerId: providerVolunteerId,
          activityId: null,
          category: request.category,
          description: request.description,
          startedAt,
          minutes,
          verify: true,
          redemptionId: null,
        }),
      );
      providerRecordId = recorded.recordId as string;
    }

    const { position } = await this.repository.handle(
      serviceRequestStream(requestId),
      serviceRequestDecider,
      { type: 'CompleteServiceRequest', requestId, redemptionId, minutes },
      context,
      () => request.communityId,
    );
    return { requestId, redemptionId, providerVolunteerId, providerRecordId, creditMinutes, minutes, position };
  }
}

export const SERVICE_REQUEST_HANDLERS = [RequestServiceHandler, AssignProviderHandler, CompleteServiceRequestHandler];
