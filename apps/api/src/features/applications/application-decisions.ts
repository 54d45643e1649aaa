import { Inject, Injectable } from '@nestjs/common';
import { DomainError, toDomainEvent, volunteerApplicationDecider, volunteerApplicationStream, volunteerDecider, volunteerStream, type VolunteerApplicationEvent } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { CommandContext, uuidFrom } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { requireCommunity } from '../organisation/require-community';

/** The vault's key for an applicant: their data is sealed under it until a decision, and shredded after. */
export const applicantKeyId = (applicationId: string): string => `application:${applicationId}`;

/** The volunteer an approved application becomes: one id per application, so a retried approval registers them once. */
export const volunteerIdFor = (applicationId: string): string => uuidFrom(`volunteer-application:${applicationId}:volunteer`);

export interface Decided {
  volunteerId: string | null;
  position: number | null;
}

/**
 * Approval spans two streams: the application records the decision and the
 * volunteer it names (the intent), then the volunteer is registered in their
 * own stream with the applicant's data sealed again under the volunteer's
 * key. Approving again finishes a registration a crash interrupted, and a
 * rejection cannot come between, since the application is no longer
 * pending. Once decided, the applicant's own key is deleted: an approved
 * applicant's data lives on only under the volunteer's key (which erasure
 * deletes), a rejected one's nowhere.
 */
@Injectable()
export class ApplicationDecisions {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async approve(applicationId: string, context: CommandContext): Promise<Decided> {
    const applied = await this.application(applicationId);
    const volunteerId = volunteerIdFor(applicationId);
    const personal = await this.vault.open({ volunteerId: applicantKeyId(applicationId), personal: applied.data.personal });
    const approval = await this.repository.handle(volunteerApplicationStream(applicationId), volunteerApplicationDecider, { type: 'ApproveApplication', applicationId, volunteerId }, context);
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    let position = approval.position;
    if (!volunteer.exists) {
      // The key was shredded only after a registration, so an approved application's data still opens here.
      if (personal.erased) throw new DomainError('APPLICATION_DECIDED', { applicationId, status: 'approved' });
      await requireCommunity(this.repository, applied.data.communityId);
      const sealed = await this.vault.seal(volunteerId, { name: personal.name, phone: personal.phone });
      const register = { type: 'RegisterVolunteer' as const, volunteerId, communityId: applied.data.communityId, personal: sealed, partyMember: applied.data.partyMember, unitId: null };
      const registration = CommandContext.followUp({ eventId: uuidFrom(`volunteer-application:${applicationId}:approved`), actor: context.actor, correlationId: context.correlationId }, 'register', context.now);
      position = (await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, register, registration)).position ?? position;
    }
    await this.vault.erase(applicantKeyId(applicationId));
    return { volunteerId, position };
  }

  async reject(applicationId: string, reason: string, context: CommandContext): Promise<Decided> {
    const { position } = await this.repository.handle(volunteerApplicationStream(applicationId), volunteerApplicationDecider, { type: 'RejectApplication', applicationId, reason }, context);
    await this.vault.erase(applicantKeyId(applicationId));
    return { volunteerId: null, position };
  }

  /** The application as it was made (its sealed data is in the first event only); 404 when there is none. */
  private async application(applicationId: string): Promise<Extract<VolunteerApplicationEvent, { type: 'VolunteerApplied' }>> {
    const [first] = await this.store.readStream(volunteerApplicationStream(applicationId), { maxCount: 1 });
    const event = first ? (toDomainEvent(first) as VolunteerApplicationEvent) : null;
    if (event?.type !== 'VolunteerApplied') throw new DomainError('APPLICATION_NOT_FOUND', { applicationId });
    return event;
  }
}
