import type { ServiceCategory } from '@shiji/domain';
import type { CommandContext } from '../../../write-side/command-context';

export class RequestServiceCommand {
  constructor(
    readonly context: CommandContext,
    readonly request: { communityId: string; category: ServiceCategory; description: string; wantedMinutes: number; forVolunteerId: string | null },
  ) {}
}

export class AssignProviderCommand {
  constructor(readonly context: CommandContext, readonly requestId: string, readonly providerVolunteerId: string) {}
}

export class CompleteServiceRequestCommand {
  constructor(readonly context: CommandContext, readonly requestId: string, readonly minutes: number, readonly startedAt: Date) {}
}
