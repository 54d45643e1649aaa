import { Injectable } from '@nestjs/common';
import { accountStream, activityDecider, activityStream, creditCapOf, POLICY_STREAM, policyDecider, timeAccountDecider, volunteerDecider, volunteerStream, type RecordService } from '@shiji/domain';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';

/** A service as the route or a process names it; the ids, the states it is judged against and the clock come from here. */
export type ServiceToRecord = Omit<RecordService, 'type' | 'recordId' | 'volunteer' | 'activity' | 'now' | 'recordedBy' | 'requireSeparateVerifier' | 'creditCap'>;

export interface RecordedService extends WriteResult {
  recordId: string;
  volunteerId: string;
  verified: boolean;
  position: number | null;
}

/**
 * Records a service on the volunteer's account, judged against the volunteer
 * and the activity as they stand. For the route and for a service request's
 * completion, which records the provider's service the same way.
 */
@Injectable()
export class ServiceRecording {
  constructor(private readonly repository: EventSourcedRepository) {}

  /** `recordId`: given where many records are made at once, so each keeps its id whatever order they finish in. */
  async record(context: CommandContext, service: ServiceToRecord, recordId = context.newId('record')): Promise<RecordedService> {
    const [{ state: volunteer }, activity, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(service.volunteerId), volunteerDecider),
      service.activityId === null ? null : this.repository.load(activityStream(service.activityId), activityDecider).then(({ state }) => state),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const { requireSeparateVerifier } = policy;
    const creditCap = creditCapOf(policy.creditRules);
    const { position, events } = await this.repository.handle(
      accountStream(service.volunteerId),
      timeAccountDecider,
      { type: 'RecordService', recordId, volunteer, activity, now: context.now, recordedBy: context.actor.id, requireSeparateVerifier, creditCap, ...service },
      context,
    );
    return { recordId, volunteerId: service.volunteerId, verified: events.some((event) => event.type === 'ServiceVerified'), position };
  }
}
