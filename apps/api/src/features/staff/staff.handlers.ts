import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { staffDecider, staffStream } from '@shiji/domain';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { GrantCommunityCommand, RegisterStaffCommand, RevokeCommunityCommand } from './staff.commands';

@CommandHandler(RegisterStaffCommand)
export class RegisterStaffHandler implements ICommandHandler<RegisterStaffCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, staffId, name, communityIds }: RegisterStaffCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RegisterStaff', staffId, name, communityIds }, context);
    return { staffId, position };
  }
}

@CommandHandler(GrantCommunityCommand)
export class GrantCommunityHandler implements ICommandHandler<GrantCommunityCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, staffId, communityId }: GrantCommunityCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'GrantCommunity', staffId, communityId }, context, () => communityId);
    return { staffId, communityId, position };
  }
}

@CommandHandler(RevokeCommunityCommand)
export class RevokeCommunityHandler implements ICommandHandler<RevokeCommunityCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, staffId, communityId }: RevokeCommunityCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(staffStream(staffId), staffDecider, { type: 'RevokeCommunity', staffId, communityId }, context, () => communityId);
    return { staffId, communityId, position };
  }
}

export const STAFF_HANDLERS = [RegisterStaffHandler, GrantCommunityHandler, RevokeCommunityHandler];
