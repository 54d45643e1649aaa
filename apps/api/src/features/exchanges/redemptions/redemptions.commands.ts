import type { ServiceCategory } from '@shiji/domain';
import type { CommandContext } from '../../../write-side/command-context';

export interface RedemptionProvider {
  volunteerId: string;
  startedAt: Date;
  category: ServiceCategory | null;
}

export class RedeemCreditsCommand {
  constructor(
    readonly context: CommandContext,
    readonly redemption: { volunteerId: string; minutes: number; description: string; requestId: string | null; provider: RedemptionProvider | null },
  ) {}
}

export class ReverseRedemptionCommand {
  constructor(readonly context: CommandContext, readonly redemptionId: string, readonly reason: string) {}
}
