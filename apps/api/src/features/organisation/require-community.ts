import { communityDecider, communityStream, DomainError } from '@shiji/domain';
import type { EventSourcedRepository } from '../../write-side/event-sourced-repository';

/** A community must exist before anything is registered in it: 404 COMMUNITY_NOT_FOUND otherwise. */
export async function requireCommunity(repository: EventSourcedRepository, communityId: string): Promise<void> {
  const { state } = await repository.load(communityStream(communityId), communityDecider);
  if (!state.exists) throw new DomainError('COMMUNITY_NOT_FOUND', { communityId });
}
