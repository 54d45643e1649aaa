import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityDecider, activityStream, DomainError, teamDecider, teamStream, volunteerDecider, volunteerStream, type Activity } from '@shiji/domain';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import type { WriteResult } from '../../write-side/write-result';
import { requireCommunity } from '../organisation/organisation.handlers';
import { CancelActivityCommand, PublishActivityCommand, SignUpCommand, WithdrawSignupCommand } from './activities.commands';

const activityCommunity = (activity: Activity) => (activity.exists ? activity.communityId : undefined);

@CommandHandler(PublishActivityCommand)
export class PublishActivityHandler implements ICommandHandler<PublishActivityCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, details }: PublishActivityCommand): Promise<WriteResult> {
    await requireCommunity(this.repository, details.communityId);
    if (details.teamId !== null) {
      const { state: team } = await this.repository.load(teamStream(details.teamId), teamDecider);
      if (!team.exists) throw new DomainError('TEAM_NOT_FOUND', { teamId: details.teamId });
    }
    const activityId = context.newId('activity');
    const { position } = await this.repository.handle(
      activityStream(activityId),
      activityDecider,
      { type: 'PublishActivity', details: { activityId, ...details, startsAt: new Date(details.startsAt).toISOString(), endsAt: new Date(details.endsAt).toISOString() } },
      context,
      activityCommunity,
    );
    return { activityId, position };
  }
}

@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, activityId, volunteerId }: SignUpCommand): Promise<WriteResult> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    const addedByStaff = context.actor.role !== 'volunteer';
    const { position } = await this.repository.handle(
      activityStream(activityId),
      activityDecider,
      { type: 'SignUp', activityId, volunteerId, volunteer, addedByStaff, now: context.now },
      context,
      activityCommunity,
    );
    return { activityId, volunteerId, position };
  }
}

@CommandHandler(WithdrawSignupCommand)
export class WithdrawSignupHandler implements ICommandHandler<WithdrawSignupCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, activityId, volunteerId }: WithdrawSignupCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'WithdrawSignup', activityId, volunteerId, now: context.now }, context, activityCommunity);
    return { activityId, volunteerId, position };
  }
}

@CommandHandler(CancelActivityCommand)
export class CancelActivityHandler implements ICommandHandler<CancelActivityCommand, WriteResult> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ context, activityId, reason }: CancelActivityCommand): Promise<WriteResult> {
    const { position } = await this.repository.handle(activityStream(activityId), activityDecider, { type: 'CancelActivity', activityId, reason }, context, activityCommunity);
    return { activityId, position };
  }
}

export const ACTIVITY_HANDLERS = [PublishActivityHandler, SignUpHandler, WithdrawSignupHandler, CancelActivityHandler];
