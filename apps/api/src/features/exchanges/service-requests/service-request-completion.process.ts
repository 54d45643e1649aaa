import { Injectable } from '@nestjs/common';
import { requireServiceRequest, serviceRequestDecider, serviceRequestStream } from '@shiji/domain';
import type { CommandContext } from '../../../write-side/command-context';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { ServiceRecording } from '../../service-records/service-recording';
import { RedemptionProcess } from '../redemptions/redemption.process';

/**
 * Completing a service request, in three steps: refuse a closed or
 * unassigned request before any credit moves; then a card holder's request
 * is paid from their credits (the provider earns the hours through the
 * redemption), anyone else's only credits the provider; last, the request
 * is closed naming the redemption.
 */
@Injectable()
export class ServiceRequestCompletion {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly redemptions: RedemptionProcess,
    private readonly recording: ServiceRecording,
  ) {}

  async complete(context: CommandContext, requestId: string, minutes: number, startedAt: Date): Promise<WriteResult> {
    const { state } = await this.repository.load(serviceRequestStream(requestId), serviceRequestDecider);
    const request = requireServiceRequest(state, requestId);
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
      const recorded = await this.recording.record(context, {
        volunteerId: providerVolunteerId,
        activityId: null,
        category: request.category,
        description: request.description,
        startedAt,
        minutes,
        verify: true,
        redemptionId: null,
      });
      providerRecordId = recorded.recordId;
    }

    const { position } = await this.repository.handle(
      serviceRequestStream(requestId),
      serviceRequestDecider,
      { type: 'CompleteServiceRequest', requestId, redemptionId, minutes },
      context,
    );
    return { requestId, redemptionId, providerVolunteerId, providerRecordId, creditMinutes, minutes, position };
  }
}
