import { Inject, Injectable } from '@nestjs/common';
import { toDomainEvent, volunteerStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import { PersonalDataVault, type RevealedPersonalData } from '../personal-data/personal-data-vault';

/**
 * A volunteer's name and phone, opened from the sealed copy in their
 * registration: an activation code goes to the phone they registered with,
 * and a signed-in volunteer sees their own name. Read from the stream, not a
 * view, so a volunteer registered a moment ago is found too.
 */
@Injectable()
export class VolunteerPersonalData {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Null when there is no such volunteer; `erased` when the key is gone. */
  async of(volunteerId: string): Promise<RevealedPersonalData | null> {
    const [first] = await this.store.readStream(volunteerStream(volunteerId), { maxCount: 1 });
    if (!first) return null;
    const registered = toDomainEvent(first);
    if (registered.type !== 'VolunteerRegistered') return null;
    return this.vault.open({ volunteerId, personal: registered.data.personal });
  }
}
