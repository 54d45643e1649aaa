import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import { PROJECTION_PROGRESS } from '../../projections/projection-progress.provider';
import { ReadModels } from '../../read-side/read-models';

/** How long to let the projections catch up before calling a record unknown. */
const CATCH_UP_MS = 5000;

/**
 * Which volunteer's account holds a record. Records are addressed by id
 * alone; the owner comes from the read model, after letting it catch up to
 * the log's last committed event when the record is not there yet (it may be
 * seconds old).
 */
@Injectable()
export class ServiceRecordOwner {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async of(recordId: string): Promise<{ volunteerId: string; communityId: string }> {
    const found = await this.lookup(recordId);
    if (found) return found;
    await this.progress.waitFor(await this.store.lastCommittedPosition(), CATCH_UP_MS);
    const afterCatchUp = await this.lookup(recordId);
    if (!afterCatchUp) throw new DomainError('SERVICE_RECORD_NOT_FOUND', { recordId });
    return afterCatchUp;
  }

  private lookup(recordId: string) {
    return this.readModels.findById<{ volunteerId: string; communityId: string }>('service_records', recordId);
  }
}
