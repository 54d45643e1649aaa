import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountStream, POLICY_STREAM, policyDecider, requireVolunteer, timeAccountDecider, volunteerDecider, volunteerStream, type AccountCommand } from '@shiji/domain';
import type { CommandContext } from '../../../write-side/command-context';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { WriteResult } from '../../../write-side/write-result';
import { newCardNumber } from './card-number';
import { IssueCardCommand, ReinstateCardCommand, ReissueCardCommand, ReportCardLostCommand, SuspendCardCommand } from './cards.commands';

/** Decides a card command on the volunteer's account stream, tagged with the volunteer's community; 404 for no such volunteer. */
async function onAccount(repository: EventSourcedRepository, context: CommandContext, volunteerId: string, command: AccountCommand) {
  const { state } = await repository.load(volunteerStream(volunteerId), volunteerDecider);
  const volunteer = requireVolunteer(state, volunteerId);
  const { position, events } = await repository.handle(accountStream(volunteerId), timeAccountDecider, command, context, () => volunteer.communityId);
  return { position, events };
}

function cardOf(events: readonly { type: string; data: unknown }[]): { cardNumber: string | null; status: string | null } {
  const event = events[0];
  const data = (event?.data ?? {}) as { cardNumber?: string };
  const status = { TimeCardIssued: 'active', TimeCardReinstated: 'active', TimeCardSuspended: 'suspended', TimeCardReportedLost: 'lost' }[event?.type ?? ''] ?? null;
  return { cardNumber: data.cardNumber ?? null, status };
}

@CommandHandler(IssueCardCommand)
export class IssueCardHandler implements ICommandHandler<IssueCardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId }: IssueCardCommand): Promise<WriteResult> {
    const { state: policy } = await this.repository.load(POLICY_STREAM, policyDecider);
    const { position, events } = await onAccount(this.repository, context, volunteerId, { type: 'IssueCard', volunteerId, cardNumber: newCardNumber(context), policy });
    return { volunteerId, ...cardOf(events), position };
  }
}

@CommandHandler(ReissueCardCommand)
export class ReissueCardHandler implements ICommandHandler<ReissueCardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId }: ReissueCardCommand): Promise<WriteResult> {
    const { position, events } = await onAccount(this.repository, context, volunteerId, { type: 'ReissueCard', volunteerId, cardNumber: newCardNumber(context) });
    const replaces = (events[0]?.data as { replacesCardNumber?: string } | undefined)?.replacesCardNumber ?? null;
    return { volunteerId, ...cardOf(events), replacesCardNumber: replaces, position };
  }
}

@CommandHandler(SuspendCardCommand)
export class SuspendCardHandler implements ICommandHandler<SuspendCardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId, reason }: SuspendCardCommand): Promise<WriteResult> {
    const { position, events } = await onAccount(this.repository, context, volunteerId, { type: 'SuspendCard', volunteerId, reason });
    return { volunteerId, ...cardOf(events), position };
  }
}

@CommandHandler(ReinstateCardCommand)
export class ReinstateCardHandler implements ICommandHandler<ReinstateCardCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId }: ReinstateCardCommand): Promise<WriteResult> {
    const { position, events } = await onAccount(this.repository, context, volunteerId, { type: 'ReinstateCard', volunteerId });
    return { volunteerId, ...cardOf(events), position };
  }
}

@CommandHandler(ReportCardLostCommand)
export class ReportCardLostHandler implements ICommandHandler<ReportCardLostCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, volunteerId }: ReportCardLostCommand): Promise<WriteResult> {
    const { position, events } = await onAccount(this.repository, context, volunteerId, { type: 'ReportCardLost', volunteerId });
    return { volunteerId, ...cardOf(events), position };
  }
}

export const CARD_HANDLERS = [IssueCardHandler, ReissueCardHandler, SuspendCardHandler, ReinstateCardHandler, ReportCardLostHandler];
