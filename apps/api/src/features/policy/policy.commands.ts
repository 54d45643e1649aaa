import type { CommandContext } from '../../write-side/command-context';

export class ChangeStarThresholdsCommand {
  constructor(readonly context: CommandContext, readonly thresholdHours: number[]) {}
}

export class ChangeCardLevelCommand {
  constructor(readonly context: CommandContext, readonly minStarLevel: number) {}
}
