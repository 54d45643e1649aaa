import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import type { FastifyReply } from 'fastify';
import { etagOf } from '../platform/http/etag';
import { PROJECTION_PROGRESS } from './projection-progress.provider';

/** How long a read lets the views reach its stream's last event before answering what they hold. */
const CATCH_UP_MS = 5_000;

/**
 * The ETag of a single-resource read: its stream's revision. The one read of
 * the event store a query makes (its last event, one indexed row), then the
 * views are let reach that event before the caller reads them, so the body is
 * never older than the ETag: an If-Match sent back with it can only be too
 * old (412), never let a change pass over one the client did not see.
 */
@Injectable()
export class StreamRevisions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
  ) {}

  /**
   * Sets ETag on the reply and waits for the views; call it before reading
   * them. A stream not written yet has no ETag, unless the resource exists
   * before its first event (the default policy): then it is "-1", which an
   * If-Match holds until the first change.
   */
  async tag(reply: FastifyReply, streamId: string, options: { existsUnwritten?: boolean } = {}): Promise<void> {
    const [last] = await this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    if (!last) {
      if (options.existsUnwritten) void reply.header('ETag', etagOf(-1));
      return;
    }
    await this.progress.waitFor(last.position, CATCH_UP_MS);
    void reply.header('ETag', etagOf(last.revision));
  }
}
