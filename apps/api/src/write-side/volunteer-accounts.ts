import { Injectable } from '@nestjs/common';
import { accountStream, requireVolunteer, timeAccountDecider, volunteerDecider, volunteerStream, type AccountCommand, type TimeAccount, type Volunteer } from '@shiji/domain';
import type { CommandContext } from './command-context';
import { EventSourcedRepository, type CommandOutcome } from './event-sourced-repository';

type AccountEvents = ReturnType<typeof timeAccountDecider.decide>[number];

/**
 * A volunteer's time account, the stream most writes decide on. Its events
 * belong to the community the volunteer belongs to when they are appended,
 * read from the volunteer's own stream, so no route passes a community.
 */
@Injectable()
export class VolunteerAccounts {
  constructor(private readonly repository: EventSourcedRepository) {}

  /**
   * Decides `command` (or the one built from the account's state) on the
   * volunteer's account. `mustExist`: a volunteer never registered is 404
   * VOLUNTEER_NOT_FOUND before anything is decided.
   */
  async handle(
    volunteerId: string,
    command: AccountCommand | ((state: TimeAccount) => AccountCommand | Promise<AccountCommand>),
    context: CommandContext,
    options: { mustExist?: boolean } = {},
  ): Promise<CommandOutcome<AccountEvents> & { volunteer: Volunteer }> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (options.mustExist) requireVolunteer(volunteer, volunteerId);
    const outcome = await this.repository.handle(accountStream(volunteerId), timeAccountDecider, command, context, { homeCommunity: volunteer.exists ? volunteer.communityId : undefined });
    return { ...outcome, volunteer };
  }
}
