import { Inject, Injectable } from '@nestjs/common';
import { fold, staffDecider, staffStream, toDomainEvent, type StaffEvent } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';

/**
 * The communities a staff member holds now, read from their stream rather
 * than a view, so a revocation binds the very next request of every token
 * already issued. Null: no such staff member.
 */
@Injectable()
export class StaffGrants {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async communitiesOf(staffId: string): Promise<ReadonlySet<string> | null> {
    const events = await this.store.readStream(staffStream(staffId));
    const staff = fold(staffDecider, events.map((stored) => toDomainEvent(stored) as StaffEvent));
    return staff.exists ? staff.communities : null;
  }
}
