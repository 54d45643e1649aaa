import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  communityDecider,
  communityStream,
  DomainError,
  teamDecider,
  teamStream,
  volunteerDecider,
  volunteerStream,
} from '@shiji/domain';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import {
  AddTeamMemberCommand,
  EraseVolunteerCommand,
  MoveVolunteerCommand,
  RegisterCommunityCommand,
  RegisterTeamCommand,
  RegisterVolunteerCommand,
  ReinstateVolunteerCommand,
  SuspendVolunteerCommand,
} from './organisation.commands';
import type { WriteResult } from '../../write-side/write-result';

/** A community must exist before anything is registered in it. */
export async function requireCommunity(repository: EventSourcedRepository, communityId: string): Promise<void> {
  const { state } = await repository.load(communityStream(communityId), communityDecider);
  if (!state.exists) throw new DomainError('COMMUNITY_NOT_FOUND', { communityId });
}

@CommandHandler(RegisterCommunityCommand)
export class RegisterCommunityHandler implements ICommandHandler<RegisterCommunityCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, communityId, name }: RegisterCommunityCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(communityStream(communityId), communityDecider, { type: 'RegisterCommunity', communityId, name }, context, () => communityId);
    return { communityId, position };
  }
}

@CommandHandler(RegisterTeamCommand)
export class RegisterTeamHandler implements ICommandHandler<RegisterTeamCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, teamId, communityId, name }: RegisterTeamCommand): Promise<WriteResult> {
    await requireCommunity(this.repository, communityId);
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'RegisterTeam', teamId, communityId, name }, context, () => communityId);
    return { teamId, position };
  }
}

@CommandHandler(AddTeamMemberCommand)
export class AddTeamMemberHandler implements ICommandHandler<AddTeamMemberCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, teamId, volunteerId }: AddTeamMemberCommand): Promise<WriteResult> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!volunteer.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
    const { position } = await this.repository.handle(teamStream(teamId), teamDecider, { type: 'AddTeamMember', teamId, volunteerId }, context, (team) =>
      team.exists ? team.communityId : undefined,
    );
    return { teamId, volunteerId, position };
  }
}

@CommandHandler(RegisterVolunteerCommand)
export class RegisterVolunteerHandler implements ICommandHandler<RegisterVolunteerCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ context, communityId, personal: plain, partyMember, unitId }: RegisterVolunteerCommand): Promise<WriteResult> {
    await requireCommunity(this.repository, communityId);
    const volunteerId = context.newId('volunteer');
    // Only the sealed form reaches the log, so erasing the key erases it there too.
    const personal = await this.vault.seal(volunteerId, plain);
    const { position } = await this.repository.handle(
      volunteerStream(volunteerId),
      volunteerDecider,
      { type: 'RegisterVolunteer', volunteerId, communityId, personal, partyMember, unitId },
      context,
      () => communityId,
    );
    return { volunteerId, position };
  }
}

const volunteerCommunity = (state: { exists: boolean; communityId?: string }) => state.communityId;

@CommandHandler(MoveVolunteerCommand)
export class MoveVolunteerHandler implements ICommandHandler<MoveVolunteerCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId, toCommunityId }: MoveVolunteerCommand): Promise<WriteResult> {
    await requireCommunity(this.repository, toCommunityId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'MoveVolunteer', volunteerId, toCommunityId }, context, volunteerCommunity);
    return { volunteerId, position };
  }
}

@CommandHandler(SuspendVolunteerCommand)
export class SuspendVolunteerHandler implements ICommandHandler<SuspendVolunteerCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId, reason }: SuspendVolunteerCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'SuspendVolunteer', volunteerId, reason }, context, volunteerCommunity);
    return { volunteerId, position };
  }
}

@CommandHandler(ReinstateVolunteerCommand)
export class ReinstateVolunteerHandler implements ICommandHandler<ReinstateVolunteerCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId }: ReinstateVolunteerCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'ReinstateVolunteer', volunteerId }, context, volunteerCommunity);
    return { volunteerId, position };
  }
}

/** Key first, then the event: once the key is gone nothing can read the data, even if the append fails and is retried. */
@CommandHandler(EraseVolunteerCommand)
export class EraseVolunteerHandler implements ICommandHandler<EraseVolunteerCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ context, volunteerId }: EraseVolunteerCommand): Promise<WriteResult> {
    const { state } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!state.exists) throw new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId });
    await this.vault.erase(volunteerId);
    const { position } = await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, { type: 'EraseVolunteer', volunteerId }, context, volunteerCommunity);
    return { volunteerId, position };
  }
}

export const ORGANISATION_HANDLERS = [
  EraseVolunteerHandler,
  RegisterCommunityHandler,
  RegisterTeamHandler,
  AddTeamMemberHandler,
  RegisterVolunteerHandler,
  MoveVolunteerHandler,
  SuspendVolunteerHandler,
  ReinstateVolunteerHandler,
];
