import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountStream, timeAccountDecider, volunteerDecider, volunteerStream, type AccountCommand } from '@shiji/domain';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../organisation/organisation.commands';
import { RedemptionHolder, RedemptionService } from './redemption.service';
import { RedeemCreditsCommand, ReverseRedemptionCommand } from './redemptions.commands';

@CommandHandler(RedeemCreditsCommand)
export class RedeemCreditsHandler implements ICommandHandler<RedeemCreditsCommand, WriteResult> {
  constructor(private readonly redemptions: RedemptionService) {}

  async execute({ context, redemption }: RedeemCreditsCommand): Promise<WriteResult> {
    return { ...(await this.redemptions.redeem(context, redemption)) };
  }
}

@CommandHandler(ReverseRedemptionCommand)
export class ReverseRedemptionHandler implements ICommandHandler<ReverseRedemptionCommand, WriteResult> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly holder: RedemptionHolder,
  ) {}

  async execute({ context, redemptionId, reason }: ReverseRedemptionCommand): Promise<WriteResult> {
    const volunteerId = await this.holder.of(redemptionId);
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    let creditMinutes = 0;
    const { position, events } = await this.repository.handle(
      accountStream(volunteerId),
      timeAccountDecider,
      (state): AccountCommand => {
        creditMinutes = state.creditMinutes;
        return { type: 'ReverseRedemption', volunteerId, redemptionId, reason };
      },
      context,
      () => (volunteer.exists ? volunteer.communityId : undefined),
    );
    const minutes = events[0]?.type === 'RedemptionReversed' ? events[0].data.minutes : 0;
    return { redemptionId, volunteerId, minutes, creditMinutes: creditMinutes + minutes, position };
  }
}

export const REDEMPTION_HANDLERS = [RedeemCreditsHandler, ReverseRedemptionHandler];
