import type { PersonalData } from '@shiji/domain';
import type { CommandContext } from '../../write-side/command-context';

export class RegisterCommunityCommand {
  constructor(readonly context: CommandContext, readonly communityId: string, readonly name: string) {}
}

export class RegisterTeamCommand {
  constructor(readonly context: CommandContext, readonly teamId: string, readonly communityId: string, readonly name: string) {}
}

export class AddTeamMemberCommand {
  constructor(readonly context: CommandContext, readonly teamId: string, readonly volunteerId: string) {}
}

export class RegisterVolunteerCommand {
  constructor(
    readonly context: CommandContext,
    readonly communityId: string,
    readonly personal: PersonalData,
    readonly partyMember: boolean,
    readonly unitId: string | null,
  ) {}
}

export class MoveVolunteerCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string, readonly toCommunityId: string) {}
}

export class SuspendVolunteerCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string, readonly reason: string) {}
}

export class EraseVolunteerCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}

export class ReinstateVolunteerCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}
