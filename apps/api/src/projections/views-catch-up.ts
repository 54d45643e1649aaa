import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import { PROJECTION_PROGRESS } from './projection-progress.provider';

/** How long a look-up lets the views catch up before calling a thing unknown. */
const CATCH_UP_MS = 5_000;

/**
 * Looks something up in the views when it may be a moment old: look; when
 * absent, let the views reach the log's last committed event (waiting at most
 * CATCH_UP_MS) and look once more. Something just written is never called
 * unknown for want of a row; something that does not exist costs one wait.
 * Given the position a reader has seen, the first look waits for it too (at
 * most CATCH_UP_MS; a read that asked for it answers 503 if it never comes).
 */
@Injectable()
export class ViewsCatchUp {
  constructor(
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find<T>(look: () => Promise<T | null>, seenPosition?: number): Promise<T | null> {
    if (seenPosition !== undefined) await this.progress.waitFor(seenPosition, CATCH_UP_MS);
    const found = await look();
    if (found !== null) return found;
    await this.progress.waitFor(await this.store.lastCommittedPosition(), CATCH_UP_MS);
    return look();
  }
}
