import type { ServiceCategory } from '@shiji/domain';
import type { CommandContext } from '../../write-side/command-context';

export class RecordServiceCommand {
  constructor(
    readonly context: CommandContext,
    readonly service: {
      volunteerId: string;
      activityId: string | null;
      category: ServiceCategory | null;
      description: string | null;
      startedAt: Date;
      minutes: number;
      verify: boolean;
      redemptionId: string | null;
    },
  ) {}
}

export class VerifyServiceCommand {
  constructor(readonly context: CommandContext, readonly recordId: string) {}
}

export class CorrectServiceCommand {
  constructor(readonly context: CommandContext, readonly recordId: string, readonly minutes: number, readonly reason: string) {}
}
