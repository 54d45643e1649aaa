import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { POLICY_STREAM, policyDecider } from '@shiji/domain';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { ChangeCardLevelCommand, ChangeStarThresholdsCommand } from './policy.commands';

@CommandHandler(ChangeStarThresholdsCommand)
export class ChangeStarThresholdsHandler implements ICommandHandler<ChangeStarThresholdsCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, thresholdHours }: ChangeStarThresholdsCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeStarThresholds', thresholdHours }, context);
    return { thresholdHours, position };
  }
}

@CommandHandler(ChangeCardLevelCommand)
export class ChangeCardLevelHandler implements ICommandHandler<ChangeCardLevelCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, minStarLevel }: ChangeCardLevelCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(POLICY_STREAM, policyDecider, { type: 'ChangeCardLevel', minStarLevel }, context);
    return { minStarLevel, position };
  }
}

export const POLICY_HANDLERS = [ChangeStarThresholdsHandler, ChangeCardLevelHandler];
