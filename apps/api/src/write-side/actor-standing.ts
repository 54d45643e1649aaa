import { Injectable } from '@nestjs/common';
import { staffDecider, staffStream, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { ActorStanding } from '../platform/auth/actor-standing.port';
import { EventSourcedRepository } from './event-sourced-repository';

/**
 * A staff member's grants and a volunteer's erasure, from their streams
 * rather than a view, so a revocation or an erasure binds the next request
 * of every token already issued: at once in the instance that took it, and
 * in other api instances as soon as their watch of the log sees it (see
 * StreamHeads). Usually no round trip: the states are kept while the watch
 * shows nothing newer.
 */
@Injectable()
export class StreamActorStanding implements ActorStanding {
  constructor(private readonly repository: EventSourcedRepository) {}

  async staffCommunities(staffId: string): Promise<ReadonlySet<string> | null> {
    const { state: staff } = await this.repository.load(staffStream(staffId), staffDecider);
    return staff.exists ? staff.communities : null;
  }

  async volunteerErased(volunteerId: string): Promise<boolean> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    return volunteer.exists && volunteer.erased;
  }
}
