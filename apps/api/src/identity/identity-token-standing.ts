import { Injectable } from '@nestjs/common';
import { volunteerDecider, volunteerStream } from '@shiji/domain';
import type { Actor } from '../platform/auth/actor';
import type { TokenStanding } from '../platform/auth/token-standing.port';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';
import { RevocationWatch } from './revocation-watch';

/** The guard's view of a token beyond its signature: revocations from the watch, suspensions from the volunteer's stream. */
@Injectable()
export class IdentityTokenStanding implements TokenStanding {
  constructor(
    private readonly watch: RevocationWatch,
    private readonly repository: EventSourcedRepository,
  ) {}

  async stands(actor: Actor): Promise<boolean> {
    return !(await this.watch.isRevoked([actor.sessionId, actor.tokenId]));
  }

  /** From the stream, kept current by the log's watch, so a suspension through any instance binds within moments. */
  async isSuspended(volunteerId: string): Promise<boolean> {
    const { state } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    return state.exists && !state.active;
  }
}
