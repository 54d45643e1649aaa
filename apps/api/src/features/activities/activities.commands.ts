import type { ServiceCategory } from '@shiji/domain';
import type { CommandContext } from '../../write-side/command-context';

export class PublishActivityCommand {
  constructor(
    readonly context: CommandContext,
    readonly details: { title: string; category: ServiceCategory; communityId: string; teamId: string | null; startsAt: string; endsAt: string; place: string },
  ) {}
}

export class SignUpCommand {
  constructor(readonly context: CommandContext, readonly activityId: string, readonly volunteerId: string) {}
}

export class WithdrawSignupCommand {
  constructor(readonly context: CommandContext, readonly activityId: string, readonly volunteerId: string) {}
}

export class CancelActivityCommand {
  constructor(readonly context: CommandContext, readonly activityId: string, readonly reason: string) {}
}
