import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountStream, POLICY_STREAM, policyDecider, timeAccountDecider, volunteerDecider, volunteerStream } from '@shiji/domain';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { CertifyStarLevelCommand } from './honours.commands';

@CommandHandler(CertifyStarLevelCommand)
export class CertifyStarLevelHandler implements ICommandHandler<CertifyStarLevelCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId, starLevel }: CertifyStarLevelCommand): Promise<WriteResult> {
    const [{ state: volunteer }, { state: policy }] = await Promise.all([
      this.repository.load(volunteerStream(volunteerId), volunteerDecider),
      this.repository.load(POLICY_STREAM, policyDecider),
    ]);
    const { position } = await this.repository.handle(
      accountStream(volunteerId),
      timeAccountDecider,
      { type: 'CertifyStarLevel', volunteerId, starLevel, policy },
      context,
      () => (volunteer.exists ? volunteer.communityId : undefined),
    );
    return { volunteerId, starLevel, position };
  }
}

export const HONOUR_HANDLERS = [CertifyStarLevelHandler];
