import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountStream, activityDecider, activityStream, timeAccountDecider, volunteerDecider, volunteerStream } from '@shiji/domain';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ServiceRecordOwner } from './service-record-owner';
import { CorrectServiceCommand, RecordServiceCommand, VerifyServiceCommand } from './service-records.commands';

@CommandHandler(RecordServiceCommand)
export class RecordServiceHandler implements ICommandHandler<RecordServiceCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, service }: RecordServiceCommand): Promise<WriteResult> {
    const recordId = context.newId('record');
    const [{ state: volunteer }, activity] = await Promise.all([
      this.repository.load(volunteerStream(service.volunteerId), volunteerDecider),
      service.activityId === null ? null : this.repository.load(activityStream(service.activityId), activityDecider).then(({ state }) => state),
    ]);
    const communityId = activity?.exists ? activity.communityId : volunteer.exists ? volunteer.communityId : undefined;
    const { position, events } = await this.repository.handle(
      accountStream(service.volunteerId),
      timeAccountDecider,
      { type: 'RecordService', recordId, volunteer, activity, now: context.now, ...service },
      context,
      () => communityId,
    );
    return { recordId, volunteerId: service.volunteerId, verified: events.some((event) => event.type === 'ServiceVerified'), position };
  }
}

@CommandHandler(VerifyServiceCommand)
export class VerifyServiceHandler implements ICommandHandler<VerifyServiceCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly owner: ServiceRecordOwner,
  ) {}

  async execute({ context, recordId }: VerifyServiceCommand): Promise<WriteResult> {
    const { volunteerId, communityId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'VerifyService', volunteerId, recordId }, context, () => communityId);
    return { recordId, volunteerId, verified: true, position };
  }
}

@CommandHandler(CorrectServiceCommand)
export class CorrectServiceHandler implements ICommandHandler<CorrectServiceCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly owner: ServiceRecordOwner,
  ) {}

  async execute({ context, recordId, minutes, reason }: CorrectServiceCommand): Promise<WriteResult> {
    const { volunteerId, communityId } = await this.owner.of(recordId);
    const { position } = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, { type: 'CorrectService', volunteerId, recordId, minutes, reason }, context, () => communityId);
    return { recordId, volunteerId, minutes, position };
  }
}

export const SERVICE_RECORD_HANDLERS = [RecordServiceHandler, VerifyServiceHandler, CorrectServiceHandler];
