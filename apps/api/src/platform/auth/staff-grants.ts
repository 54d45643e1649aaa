import { Injectable } from '@nestjs/common';
import { staffDecider, staffStream } from '@shiji/domain';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';

/**
 * The communities a staff member holds now, from their stream rather than a
 * view, so a revocation binds the next request of every token already issued:
 * at once in the instance that took it, and in other api instances as soon as
 * their watch of the log sees it (see StreamHeads). Null: no such staff member.
 */
@Injectable()
export class StaffGrants {
  constructor(private readonly repository: EventSourcedRepository) {}

  async communitiesOf(staffId: string): Promise<ReadonlySet<string> | null> {
    const { state: staff } = await this.repository.load(staffStream(staffId), staffDecider);
    return staff.exists ? staff.communities : null;
  }
}
