import type { CommandContext } from '../../write-side/command-context';

export class RegisterStaffCommand {
  constructor(readonly context: CommandContext, readonly staffId: string, readonly name: string, readonly communityIds: string[]) {}
}

export class GrantCommunityCommand {
  constructor(readonly context: CommandContext, readonly staffId: string, readonly communityId: string) {}
}

export class RevokeCommunityCommand {
  constructor(readonly context: CommandContext, readonly staffId: string, readonly communityId: string) {}
}
