import type { CommandContext } from '../../../write-side/command-context';

export class CertifyStarLevelCommand {
  constructor(readonly context: CommandContext, readonly volunteerId: string, readonly starLevel: number) {}
}
