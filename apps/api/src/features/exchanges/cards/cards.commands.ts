import type { CommandContext } from '../../../write-side/command-context';

export class IssueCardCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}

export class ReissueCardCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}

export class SuspendCardCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string, readonly reason: string) {}
}

export class ReinstateCardCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}

export class ReportCardLostCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string) {}
}
