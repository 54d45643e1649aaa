import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress, RedemptionView } from '@shiji/projections';
import { PROJECTION_PROGRESS } from '../../../projections/projection-progress.provider';
import { ReadModels } from '../../../read-side/read-models';

const CATCH_UP_MS = 5000;

/** Which card holder a redemption debited: from the read model, letting it catch up to the last committed event first if needed. */
@Injectable()
export class RedemptionHolder {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async of(redemptionId: string): Promise<string> {
    const found = await this.readModels.findById<RedemptionView>('redemptions', redemptionId);
    if (found) return found.volunteerId;
    await this.progress.waitFor(await this.store.lastCommittedPosition(), CATCH_UP_MS);
    const afterCatchUp = await this.readModels.findById<RedemptionView>('redemptions', redemptionId);
    if (!afterCatchUp) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId });
    return afterCatchUp.volunteerId;
  }
}
